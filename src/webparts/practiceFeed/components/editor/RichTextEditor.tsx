/**
 * The post body: a rich-text editor (Lexical, in the editor's lazy chunk only) that people know
 * from other writing tools — bold, italic, two levels of subheading, lists, quotes, links and
 * pictures, with a toolbar and the usual keys (Ctrl+B, Ctrl+I, Ctrl+U, Ctrl+Z, Ctrl+Y;
 * Enter a new paragraph, Shift+Enter a new line).
 *
 * For screen readers the editable region is a labelled, multi-line text box with its help and
 * error; the toolbar is a `role="toolbar"` whose format buttons say whether they are on
 * (aria-pressed). A link is added through a small labelled form, never a browser prompt, and only
 * to an address the suite would show as a link (safeLink: https:, mailto: or a path on the site).
 * What is loaded keeps only what the editor knows, pictures from where the policy allows them and
 * links it would show (richHtml.ts), so nothing the policy refuses is shown even while editing;
 * what is written is plain HTML that the sanitiser keeps when the post is stored.
 */
import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode, $createTextNode, $getRoot, $getSelection, $insertNodes, $isRangeSelection, $isRootOrShadowRoot, $setSelection,
  BaseSelection, EditorThemeClasses, FORMAT_TEXT_COMMAND, LexicalEditor
} from 'lexical';
import { isSafeLink, safeLink } from '../../../../domain/links';
import { useHub } from '../../../../ui/HubContext';
import { LightButton, LightText as Text, LightTextField } from '../../../../ui/light';
import { LightIconButton, LightLabel } from '../../../../ui/lightForms';
import { useFeed } from '../FeedContext';
import { $createImageNode } from './ImageNode';
import { PictureInserter, PictureToInsert } from './PictureInserter';
import { $loadHtml, $writeHtml, EDITOR_NODES } from './richHtml';

type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';
interface Formats { bold: boolean; italic: boolean; block: BlockType; link: string | undefined }
const NO_FORMATS: Formats = { bold: false, italic: false, block: 'paragraph', link: undefined };

const toolbarClass = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 4, margin: '4px 0', alignItems: 'center' });
const pressedClass = mergeStyles({
  // Pressed: a frame in the text's colour (visible in every theme, high contrast too) and a tint.
  selectors: { '&[aria-pressed="true"]': { borderColor: 'currentColor', background: 'rgba(128,128,128,0.25)' } }
});
const linkFormClass = mergeStyles({ border: '1px solid', borderRadius: 4, padding: 12, margin: '8px 0', display: 'grid', gap: 8 });
// Underline and strike-through have no element of their own in the editor (bold and italic are strong and em).
const textClasses = {
  underline: mergeStyles({ textDecoration: 'underline' }),
  strikethrough: mergeStyles({ textDecoration: 'line-through' }),
  underlineStrikethrough: mergeStyles({ textDecoration: 'underline line-through' })
};
const THEME: EditorThemeClasses = { text: textClasses };

function useAreaClass(): string {
  const { semanticColors, palette } = useTheme();
  return React.useMemo(() => mergeStyles({
    minHeight: 220, boxSizing: 'border-box', padding: '4px 8px', border: `1px solid ${semanticColors.inputBorder}`, borderRadius: 2,
    background: 'inherit', color: 'inherit', font: 'inherit', lineHeight: '1.5', overflowWrap: 'break-word', whiteSpace: 'pre-wrap',
    selectors: {
      ':focus': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: '1px' },
      '&[aria-invalid="true"]': { borderColor: semanticColors.errorText },
      p: { margin: '8px 0' },
      blockquote: { borderLeft: '4px solid currentColor', margin: '8px 0', paddingLeft: 12 },
      'ul, ol': { margin: '8px 0', paddingLeft: 24 },
      a: { color: 'inherit', textDecoration: 'underline' },
      img: { maxWidth: '100%', height: 'auto' }
    }
  }), [semanticColors, palette]);
}

function $blockOf(): BlockType {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'paragraph';
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? anchor
    : $findMatchingParent(anchor, (node) => { const parent = node.getParent(); return parent !== null && $isRootOrShadowRoot(parent); });
  if ($isListNode(top)) {
    const list = $getNearestNodeOfType(anchor, ListNode);
    return (list || top).getListType() === 'number' ? 'number' : 'bullet';
  }
  if ($isHeadingNode(top)) return top.getTag() === 'h3' ? 'h3' : top.getTag() === 'h2' ? 'h2' : 'paragraph';
  return $isQuoteNode(top) ? 'quote' : 'paragraph';
}

function $formatsNow(): Formats {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_FORMATS;
  const node = selection.anchor.getNode();
  const link = $isLinkNode(node) ? node : $isLinkNode(node.getParent()) ? node.getParent() : null;
  return {
    bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), block: $blockOf(),
    link: $isLinkNode(link) ? link.getURL() : undefined
  };
}

/**
 * Back to the text where its selection was. Lexical puts the browser's selection there, which
 * focuses the text in browsers; where that does not move the focus (jsdom), it is moved here.
 */
function focusText(editor: LexicalEditor): void {
  editor.focus(() => {
    const root = editor.getRootElement();
    if (root && document.activeElement !== root) root.focus({ preventScroll: true });
  });
}

/** The selection to come back to after a form outside the text (link, picture) took the focus. */
function savedSelection(editor: LexicalEditor): BaseSelection | null {
  return editor.getEditorState().read(() => { const s = $getSelection(); return s ? s.clone() : null; });
}

/** Puts the saved selection back, or the cursor at the end of the text when there was none. */
function $restore(selection: BaseSelection | null): void {
  if (selection) $setSelection(selection.clone());
  else $getRoot().selectEnd();
}

/** What a person types as a link's address, as the link will have it; undefined when it cannot be a link. */
export function linkAddress(typed: string): string | undefined {
  const value = typed.trim();
  // "www.example.org" or "example.org/page": the https:// that people leave out.
  const completed = /^[^\s/:@]+\.[^\s/:@]+(\/\S*)?$/.test(value) ? `https://${value}` : value;
  return safeLink(completed);
}

function LinkForm(props: { id: string; current: string | undefined; onApply(url: string): void; onRemove(): void; onClose(): void }): JSX.Element {
  const { strings } = useFeed();
  const [value, setValue] = React.useState(props.current || '');
  const [error, setError] = React.useState<string | undefined>();
  const fieldId = `${props.id}-address`;
  React.useLayoutEffect(() => { const field = document.getElementById(fieldId); if (field) field.focus(); }, []); // eslint-disable-line react-hooks/exhaustive-deps
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
      <LightTextField id={fieldId} type="url" label={strings.LinkAddress} required value={value} description={strings.LinkHelp} errorMessage={error}
        onChange={(v) => { setValue(v); if (error) setError(undefined); }} />
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
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

function Toolbar(props: EditorProps & { formats: Formats }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { strings } = useFeed();
  const { formats } = props;
  const [panel, setPanel] = React.useState<'link' | 'picture' | undefined>();
  const selection = React.useRef<BaseSelection | null>(null);
  const pictureButton = React.useRef<HTMLButtonElement>(null);

  const backToText = (): void => { setPanel(undefined); focusText(editor); };
  const block = (type: BlockType): void => {
    if (type === 'bullet' || type === 'number') {
      editor.dispatchCommand(formats.block === type ? REMOVE_LIST_COMMAND : type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    } else {
      editor.update(() => {
        const current = $getSelection();
        if (!current) $getRoot().selectEnd();
        const target = formats.block === type ? 'paragraph' : type;
        $setBlocksType($getSelection(), () => (target === 'paragraph' ? $createParagraphNode() : target === 'quote' ? $createQuoteNode() : $createHeadingNode(target)));
      });
    }
    focusText(editor);
  };
  const open = (which: 'link' | 'picture'): void => {
    selection.current = savedSelection(editor);
    setPanel(panel === which ? undefined : which);
  };
  const applyLink = (url: string): void => {
    editor.update(() => {
      $restore(selection.current);
      const current = $getSelection();
      if ($isRangeSelection(current) && current.isCollapsed() && !formats.link) {
        // Nothing chosen: the address itself becomes the link's text.
        $insertNodes([$createLinkNode(url).append($createTextNode(url))]);
      } else {
        $toggleLink(url);
      }
    });
    backToText();
  };
  const removeLink = (): void => {
    editor.update(() => { $restore(selection.current); $toggleLink(null); });
    backToText();
  };
  const insertPicture = (picture: PictureToInsert): void => {
    editor.update(() => {
      $restore(selection.current);
      $insertNodes([$createImageNode(picture.url, picture.alt)]);
    });
    backToText();
  };
  const closePanel = (): void => {
    const button = panel === 'link' ? document.getElementById(`${props.id}-link-button`) : pictureButton.current;
    setPanel(undefined);
    if (button) button.focus();
  };

  const toggles: Array<{ key: string; icon: string; label: string; shortcut?: string; pressed: boolean; run(): void }> = [
    { key: 'bold', icon: 'Bold', label: strings.ToolBold, shortcut: 'Control+B', pressed: formats.bold, run: () => { editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'); focusText(editor); } },
    { key: 'italic', icon: 'Italic', label: strings.ToolItalic, shortcut: 'Control+I', pressed: formats.italic, run: () => { editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'); focusText(editor); } },
    { key: 'h2', icon: 'Header2', label: strings.ToolHeading, pressed: formats.block === 'h2', run: () => block('h2') },
    { key: 'h3', icon: 'Header3', label: strings.ToolMinorHeading, pressed: formats.block === 'h3', run: () => block('h3') },
    { key: 'bullet', icon: 'BulletedList', label: strings.ToolBulletList, pressed: formats.block === 'bullet', run: () => block('bullet') },
    { key: 'number', icon: 'NumberedList', label: strings.ToolNumberedList, pressed: formats.block === 'number', run: () => block('number') },
    { key: 'quote', icon: 'RightDoubleQuote', label: strings.ToolQuote, pressed: formats.block === 'quote', run: () => block('quote') }
  ];
  return (
    <>
      <div role="toolbar" aria-label={strings.ToolbarLabel} aria-controls={props.id} className={toolbarClass}>
        {toggles.map((t) => (
          <LightIconButton key={t.key} icon={t.icon} title={t.label} aria-label={t.label} aria-pressed={t.pressed} aria-keyshortcuts={t.shortcut}
            className={pressedClass} onClick={t.run} />
        ))}
        <LightIconButton id={`${props.id}-link-button`} icon="Link" title={strings.ToolLink} aria-label={strings.ToolLink} aria-expanded={panel === 'link'}
          onClick={() => open('link')} />
        {props.blogId !== undefined && <LightButton elementRef={pictureButton} text={strings.ToolPicture} aria-expanded={panel === 'picture'}
          onClick={() => open('picture')} />}
      </div>
      {panel === 'link' && <LinkForm id={`${props.id}-link`} current={formats.link} onApply={applyLink} onRemove={removeLink} onClose={closePanel} />}
      {panel === 'picture' && props.blogId !== undefined && <PictureInserter blogId={props.blogId} onInsert={insertPicture} onClose={closePanel} />}
    </>
  );
}

/** Keeps the toolbar's pressed states with the selection. */
function FormatsPlugin(props: { onFormats(formats: Formats): void }): null {
  const [editor] = useLexicalComposerContext();
  React.useEffect(() => editor.registerUpdateListener(({ editorState }) => props.onFormats(editorState.read($formatsNow))), [editor]); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
}

export function RichTextEditor(props: EditorProps): JSX.Element {
  const { strings } = useFeed();
  const { services } = useHub();
  const areaClass = useAreaClass();
  const [formats, setFormats] = React.useState<Formats>(NO_FORMATS);
  const editorRef = React.useRef<LexicalEditor | null>(null);
  const [initialConfig] = React.useState(() => {
    const pictures = { hosts: services.feed.imageHosts, paths: services.feed.imagePaths };
    return {
      namespace: 'ddh-post-body', nodes: EDITOR_NODES.slice(), theme: THEME,
      onError: (error: Error) => { throw error; },
      editorState: (editor: LexicalEditor) => { editorRef.current = editor; $loadHtml(editor, props.initialHtml, pictures); }
    };
  });
  const labelId = `${props.id}-label`;
  const helpId = `${props.id}-help`;
  const errorId = `${props.id}-error`;
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div>
        {/* A label for a text box that is not an input: named through aria-labelledby, and a click on it goes to the text. */}
        <LightLabel id={labelId} required onClick={() => editorRef.current && focusText(editorRef.current)}>{strings.FieldBody}</LightLabel>
        <Toolbar {...props} formats={formats} />
        <RichTextPlugin ErrorBoundary={LexicalErrorBoundary} contentEditable={
          <ContentEditable id={props.id} className={areaClass} ariaLabelledBy={labelId} ariaMultiline ariaRequired
            ariaDescribedBy={`${helpId}${props.errorMessage ? ` ${errorId}` : ''}`} ariaInvalid={!!props.errorMessage} />
        } />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeLink} />
        <FormatsPlugin onFormats={setFormats} />
        <OnChangePlugin ignoreSelectionChange onChange={(state, editor) => props.onChange(state.read(() => $writeHtml(editor)))} />
        <Text id={helpId} block variant="small" style={{ paddingTop: 4 }}>{strings.BodyHelp}</Text>
        {props.errorMessage && <Text id={errorId} block variant="small" role="alert" style={{ color: 'inherit', fontWeight: 600 }}>{props.errorMessage}</Text>}
      </div>
    </LexicalComposer>
  );
}
