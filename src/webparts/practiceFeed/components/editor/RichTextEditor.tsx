/**
 * The post body: a rich-text editor (Squire, in the editor's lazy chunk only: small and without
 * a framework, it edits the contenteditable element given to it) that people know from other
 * writing tools — bold, italic, two levels of subheading, lists, quotes, links and pictures, with
 * a toolbar and the usual keys (Squire's: Ctrl+B, Ctrl+I, Ctrl+U, Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z,
 * Ctrl+Shift+8 a bulleted and Ctrl+Shift+9 a numbered list, Ctrl+] and Ctrl+[ a quote in and out;
 * Enter a new paragraph, Shift+Enter a new line).
 *
 * For screen readers the editable region is a labelled, multi-line text box with its help and
 * error; the toolbar is a `role="toolbar"` whose format buttons say whether they are on
 * (aria-pressed, kept with Squire's pathChange and selection events). A link is added through a
 * small labelled form, never a browser prompt, and only to an address the suite would show as a
 * link (safeLink: https:, mailto: or a path on the site). What is loaded or pasted keeps only
 * what a post may have, pictures from where the policy allows them and links it would show
 * (richHtml.ts), so nothing the policy refuses is shown even while editing; what is written is
 * plain HTML that the sanitiser keeps when the post is stored.
 */
import * as React from 'react';
import Squire from 'squire-rte';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { themeClasses } from '../../../../ui/themeClasses';
import { safeLink } from '../../../../domain/links';
import { useHub } from '../../../../ui/HubContext';
import { LightButton, LightTextField } from '../../../../ui/light';
import { LightIconButton, LightLabel } from '../../../../ui/lightForms';
import { useText } from '../text';
import { PictureInserter, PictureToInsert } from './PictureInserter';
import { editableFragment, storedHtml } from './richHtml';
import { space, useLayout } from '../../../../ui/layout';

type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';
interface Formats {
  bold: boolean;
  italic: boolean;
  block: BlockType;
  link: string | undefined;
}
const NO_FORMATS: Formats = { bold: false, italic: false, block: 'paragraph', link: undefined };

const toolbarClass = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 4, margin: '4px 0', alignItems: 'center' });
const pressedClass = mergeStyles({
  // Pressed: a frame in the text's colour (visible in every theme, high contrast too) and a tint.
  selectors: { '&[aria-pressed="true"]': { borderColor: 'currentColor', background: 'rgba(128,128,128,0.25)' } }
});
const linkFormClass = mergeStyles({ border: '1px solid', borderRadius: 4, padding: 12, margin: '8px 0', display: 'grid', gap: 8 });

/** The help and the error under the text, in the theme's small font. */
const useEditorTextClasses = themeClasses((theme) => {
  const { fonts } = theme;
  return {
    help: [fonts.small, { display: 'block', paddingTop: space.xs }],
    error: [fonts.small, { display: 'block', fontWeight: 600 }]
  };
});

const useAreaClasses = themeClasses(({ semanticColors, palette }) => ({
  area: {
    minHeight: 220,
    boxSizing: 'border-box',
    padding: '4px 8px',
    border: `1px solid ${semanticColors.inputBorder}`,
    borderRadius: 2,
    // lineHeight as a string: a number would become pixels.
    background: 'inherit',
    color: 'inherit',
    font: 'inherit',
    lineHeight: '1.5',
    overflowWrap: 'break-word',
    whiteSpace: 'pre-wrap',
    selectors: {
      ':focus': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: '1px' },
      '&[aria-invalid="true"]': { borderColor: semanticColors.errorText },
      p: { margin: '8px 0' },
      blockquote: { borderLeft: '4px solid currentColor', margin: '8px 0', paddingLeft: 12 },
      'ul, ol': { margin: '8px 0', paddingLeft: 24 },
      a: { color: 'inherit', textDecoration: 'underline' },
      img: { maxWidth: '100%', height: 'auto' }
    }
  }
}));

/** Each editor of the page by its editable element: for tests in jsdom, which cannot type into it. */
const editors = new WeakMap<Element, Squire>();
export function editorOf(element: Element): Squire | undefined {
  return editors.get(element);
}

/** The element of `tags` that holds the selection's start, inside the editor. */
function around(editor: Squire, tags: RegExp): HTMLElement | undefined {
  const root = editor.getRoot();
  let node: Node | null = editor.getSelection().startContainer;
  for (; node && node !== root; node = node.parentNode) {
    if (node.nodeType === 1 && tags.test(node.nodeName)) return node as HTMLElement;
  }
  return undefined;
}

function formatsOf(editor: Squire): Formats {
  const block = around(editor, /^(H2|H3|UL|OL|BLOCKQUOTE)$/);
  const name = block ? block.nodeName : '';
  const link = around(editor, /^A$/);
  return {
    bold: editor.hasFormat('B'),
    italic: editor.hasFormat('I'),
    block:
      name === 'H2'
        ? 'h2'
        : name === 'H3'
          ? 'h3'
          : name === 'UL'
            ? 'bullet'
            : name === 'OL'
              ? 'number'
              : name === 'BLOCKQUOTE'
                ? 'quote'
                : 'paragraph',
    link: link ? link.getAttribute('href') || '' : undefined
  };
}

const LEAF = /^(P|H1|H2|H3|H4|H5|H6|LI|DIV)$/;

/** The innermost blocks in a node: paragraphs, headings and list items. */
function leavesOf(node: Node): Element[] {
  if (node.nodeType !== 1) return [];
  const el = node as Element;
  const nested = Array.from(el.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, div')).filter(
    (b) => !b.querySelector('p, h1, h2, h3, h4, h5, h6, li, div')
  );
  return nested.length ? nested : LEAF.test(el.nodeName) ? [el] : [];
}

/** The chosen blocks as `tag` (H2, H3 or P): list items leave their list, blocks in a quote stay in it. */
function setBlocks(editor: Squire, tag: string): void {
  const make = (from: Node): HTMLElement => {
    const block = document.createElement(tag);
    while (from.firstChild) block.appendChild(from.firstChild);
    return block;
  };
  editor.modifyBlocks((fragment) => {
    const result = document.createDocumentFragment();
    Array.from(fragment.childNodes).forEach((top) => {
      const leaves = leavesOf(top);
      if (top.nodeName === 'BLOCKQUOTE') {
        leaves.forEach((leaf) => leaf.parentNode && leaf.parentNode.replaceChild(make(leaf), leaf));
        result.appendChild(top);
      } else if (leaves.length) {
        leaves.forEach((leaf) => result.appendChild(make(leaf)));
      } else if ((top.textContent || '').trim() || top.nodeName !== '#text') {
        const wrapper = document.createElement('div');
        wrapper.appendChild(top);
        result.appendChild(make(wrapper));
      }
    });
    return result;
  });
}

/** What a person types as a link's address, as the link will have it; undefined when it cannot be a link. */
export function linkAddress(typed: string): string | undefined {
  const value = typed.trim();
  // "www.example.org" or "example.org/page": the https:// that people leave out.
  const completed = /^[^\s/:@]+\.[^\s/:@]+(\/\S*)?$/.test(value) ? `https://${value}` : value;
  return safeLink(completed);
}

function LinkForm(props: {
  id: string;
  current: string | undefined;
  onApply(url: string): void;
  onRemove(): void;
  onClose(): void;
}): JSX.Element {
  const strings = useText();
  const layout = useLayout();
  const [value, setValue] = React.useState(props.current || '');
  const [error, setError] = React.useState<string | undefined>();
  const fieldId = `${props.id}-address`;
  React.useLayoutEffect(() => {
    const field = document.getElementById(fieldId);
    if (field) field.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const apply = (): void => {
    const url = linkAddress(value);
    if (!url) {
      setError(strings.LinkInvalid);
      const field = document.getElementById(fieldId);
      if (field) field.focus();
      return;
    }
    props.onApply(url);
  };
  // Not a <form>: it sits inside the post's form. Enter adds the link, Escape goes back to the text.
  const keys = (event: React.KeyboardEvent): void => {
    if (event.key === 'Enter' && (event.target as HTMLElement).nodeName === 'INPUT') {
      event.preventDefault();
      apply();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    }
  };
  return (
    <div role="group" aria-label={strings.ToolLink} className={linkFormClass} onKeyDown={keys}>
      <LightTextField
        id={fieldId}
        type="url"
        label={strings.LinkAddress}
        required
        value={value}
        description={strings.LinkHelp}
        errorMessage={error}
        onChange={(v) => {
          setValue(v);
          if (error) setError(undefined);
        }}
      />
      <div className={layout.row}>
        <LightButton primary text={strings.LinkApply} onClick={apply} />
        {props.current !== undefined && <LightButton text={strings.LinkRemove} onClick={props.onRemove} />}
        <LightButton text={strings.LinkCancel} onClick={props.onClose} />
      </div>
    </div>
  );
}

interface EditorProps {
  /** The editable region's id; its label, help and error are `${id}-label`, `${id}-help`, `${id}-error`. */
  id: string;
  /** The body to start from (stored HTML; on loading, only what richHtml.ts lets through is shown). */
  initialHtml: string;
  onChange(html: string): void;
  errorMessage?: string;
  /** The blog the post belongs to: where its pictures are saved (no picture button without it). */
  blogId?: number;
}

function Toolbar(props: EditorProps & { formats: Formats; editor: Squire | undefined }): JSX.Element {
  const strings = useText();
  const { formats, editor } = props;
  const [panel, setPanel] = React.useState<'link' | 'picture' | undefined>();
  const selection = React.useRef<Range | undefined>();
  const pictureButton = React.useRef<HTMLButtonElement>(null);

  /** Runs a change where the selection was (Squire keeps it while the focus is elsewhere) and goes back to the text. */
  const run = (change: (e: Squire) => void): void => {
    if (!editor) return;
    change(editor);
    editor.focus();
  };
  const block = (type: BlockType): void =>
    run((e) => {
      const current = formats.block;
      if (type === 'bullet') {
        if (current === 'bullet') e.removeList();
        else e.makeUnorderedList();
      } else if (type === 'number') {
        if (current === 'number') e.removeList();
        else e.makeOrderedList();
      } else if (type === 'quote') {
        if (current === 'quote') e.removeQuote();
        else e.increaseQuoteLevel();
      } else {
        setBlocks(e, current === type ? 'P' : type.toUpperCase());
      }
    });
  const open = (which: 'link' | 'picture'): void => {
    if (editor) selection.current = editor.getSelection().cloneRange();
    setPanel(panel === which ? undefined : which);
  };
  /** The saved selection back in the editor (it may have moved while a form had the focus). */
  const restore = (e: Squire): Range => {
    const range =
      selection.current && e.getRoot().contains(selection.current.commonAncestorContainer) ? selection.current : e.getSelection();
    e.setSelection(range);
    return range;
  };
  const backToText = (): void => {
    setPanel(undefined);
    if (editor) editor.focus();
  };
  const applyLink = (url: string): void => {
    run((e) => {
      const range = restore(e);
      const current = around(e, /^A$/);
      if (current && range.collapsed) {
        e.saveUndoState(range);
        current.setAttribute('href', url);
      } else if (range.collapsed) {
        // Nothing chosen: the address itself becomes the link's text.
        const a = document.createElement('a');
        a.setAttribute('href', url);
        a.textContent = url;
        e.insertElement(a, range);
      } else {
        e.makeLink(url);
      }
    });
    backToText();
  };
  const removeLink = (): void => {
    run((e) => {
      const range = restore(e);
      const current = around(e, /^A$/);
      if (current && range.collapsed) {
        // The cursor in a link: the whole link goes.
        const whole = document.createRange();
        whole.selectNodeContents(current);
        e.setSelection(whole);
      }
      e.removeLink();
    });
    backToText();
  };
  const insertPicture = (picture: PictureToInsert): void => {
    run((e) => {
      restore(e);
      e.insertImage(picture.url, { alt: picture.alt });
    });
    backToText();
  };
  const closePanel = (): void => {
    const button = panel === 'link' ? document.getElementById(`${props.id}-link-button`) : pictureButton.current;
    setPanel(undefined);
    if (button) button.focus();
  };

  const toggles: Array<{ key: string; icon: string; label: string; shortcut?: string; pressed: boolean; run(): void }> = [
    {
      key: 'bold',
      icon: 'Bold',
      label: strings.ToolBold,
      shortcut: 'Control+B',
      pressed: formats.bold,
      run: () => run((e) => (formats.bold ? e.removeBold() : e.bold()))
    },
    {
      key: 'italic',
      icon: 'Italic',
      label: strings.ToolItalic,
      shortcut: 'Control+I',
      pressed: formats.italic,
      run: () => run((e) => (formats.italic ? e.removeItalic() : e.italic()))
    },
    { key: 'h2', icon: 'Header2', label: strings.ToolHeading, pressed: formats.block === 'h2', run: () => block('h2') },
    { key: 'h3', icon: 'Header3', label: strings.ToolMinorHeading, pressed: formats.block === 'h3', run: () => block('h3') },
    {
      key: 'bullet',
      icon: 'BulletedList',
      label: strings.ToolBulletList,
      shortcut: 'Control+Shift+8',
      pressed: formats.block === 'bullet',
      run: () => block('bullet')
    },
    {
      key: 'number',
      icon: 'NumberedList',
      label: strings.ToolNumberedList,
      shortcut: 'Control+Shift+9',
      pressed: formats.block === 'number',
      run: () => block('number')
    },
    {
      key: 'quote',
      icon: 'RightDoubleQuote',
      label: strings.ToolQuote,
      shortcut: 'Control+]',
      pressed: formats.block === 'quote',
      run: () => block('quote')
    }
  ];
  return (
    <>
      <div role="toolbar" aria-label={strings.ToolbarLabel} aria-controls={props.id} className={toolbarClass}>
        {toggles.map((t) => (
          <LightIconButton
            key={t.key}
            icon={t.icon}
            title={t.label}
            aria-label={t.label}
            aria-pressed={t.pressed}
            aria-keyshortcuts={t.shortcut}
            className={pressedClass}
            onClick={t.run}
          />
        ))}
        <LightIconButton
          id={`${props.id}-link-button`}
          icon="Link"
          title={strings.ToolLink}
          aria-label={strings.ToolLink}
          aria-expanded={panel === 'link'}
          onClick={() => open('link')}
        />
        {props.blogId !== undefined && (
          <LightButton
            elementRef={pictureButton}
            text={strings.ToolPicture}
            aria-expanded={panel === 'picture'}
            onClick={() => open('picture')}
          />
        )}
      </div>
      {panel === 'link' && (
        <LinkForm id={`${props.id}-link`} current={formats.link} onApply={applyLink} onRemove={removeLink} onClose={closePanel} />
      )}
      {panel === 'picture' && props.blogId !== undefined && (
        <PictureInserter blogId={props.blogId} onInsert={insertPicture} onClose={closePanel} />
      )}
    </>
  );
}

export function RichTextEditor(props: EditorProps): JSX.Element {
  const strings = useText();
  const textClasses = useEditorTextClasses();
  const { services } = useHub<'feed'>();
  const areaClass = useAreaClasses().area;
  const [formats, setFormats] = React.useState<Formats>(NO_FORMATS);
  const [editor, setEditor] = React.useState<Squire | undefined>();
  const area = React.useRef<HTMLDivElement>(null);
  const onChange = React.useRef(props.onChange);
  onChange.current = props.onChange;

  React.useEffect(() => {
    const root = area.current;
    if (!root) return undefined;
    const pictures = { hosts: services.feed.imageHosts, paths: services.feed.imagePaths };
    // The browser's own bold/italic/underline commands (a key Squire's handlers do not match, such
    // as Ctrl+Shift+B's "B", or a menu) come as a "format…" beforeinput, which Squire answers by
    // always adding the format: here they toggle it, as Ctrl+B does. Added before Squire's
    // listener, so it runs first.
    const FORMAT_TAGS: Record<string, string> = { formatBold: 'B', formatItalic: 'I', formatUnderline: 'U' };
    const toggleFormat = (event: Event): void => {
      const tag = FORMAT_TAGS[(event as InputEvent).inputType || ''];
      const editor = editors.get(root);
      if (!tag || !editor) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (editor.hasFormat(tag)) editor.changeFormat(null, { tag });
      else editor.changeFormat({ tag });
    };
    root.addEventListener('beforeinput', toggleFormat, true);
    const squire = new Squire(root, {
      blockTag: 'P',
      // Typed addresses stay text: a link is made on purpose, through the link form.
      addLinks: false,
      sanitizeToDOMFragment: (html: string) => editableFragment(html, pictures),
      didError: (error: unknown) => {
        console.error(error);
      } // eslint-disable-line no-console
    });
    squire.setHTML(props.initialHtml || '');
    const update = (): void => setFormats(formatsOf(squire));
    const input = (): void => {
      onChange.current(storedHtml(squire.getHTML(), pictures));
      update();
    };
    squire.addEventListener('pathChange', update);
    squire.addEventListener('select', update);
    squire.addEventListener('cursor', update);
    squire.addEventListener('input', input);
    editors.set(root, squire);
    setEditor(squire);
    return () => {
      editors.delete(root);
      squire.destroy();
      root.removeEventListener('beforeinput', toggleFormat, true);
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const labelId = `${props.id}-label`;
  const helpId = `${props.id}-help`;
  const errorId = `${props.id}-error`;
  return (
    <div>
      {/* A label for a text box that is not an input: named through aria-labelledby, and a click on it goes to the text. */}
      <LightLabel id={labelId} required onClick={() => editor && editor.focus()}>
        {strings.FieldBody}
      </LightLabel>
      <Toolbar {...props} formats={formats} editor={editor} />
      <div
        ref={area}
        id={props.id}
        className={areaClass}
        role="textbox"
        aria-multiline="true"
        aria-required="true"
        aria-labelledby={labelId}
        aria-describedby={`${helpId}${props.errorMessage ? ` ${errorId}` : ''}`}
        aria-invalid={!!props.errorMessage}
      />
      <span id={helpId} className={textClasses.help}>
        {strings.BodyHelp}
      </span>
      {props.errorMessage && (
        <span id={errorId} role="alert" className={textClasses.error}>
          {props.errorMessage}
        </span>
      )}
    </div>
  );
}
