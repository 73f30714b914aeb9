import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { LightButton, LightText as Text } from '../../../../ui/light';
import { LightIconButton, LightLabel } from '../../../../ui/lightForms';
import { useFeed } from '../FeedContext';
import { PostBody } from '../PostBody';
import { applyMarkup, markupToHtml, MarkupAction } from './markup';
import { PictureInserter } from './PictureInserter';

const areaClass = mergeStyles({
  width: '100%', minHeight: 220, boxSizing: 'border-box', font: 'inherit', padding: 8, resize: 'vertical',
  border: '1px solid', borderRadius: 2, background: 'inherit', color: 'inherit',
  selectors: { ':focus': { outline: '2px solid', outlineOffset: '1px' } }
});
const toolbarClass = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 4, margin: '4px 0' });

/**
 * The post body: a labelled textarea with simple markup and a toolbar that inserts it.
 * Ctrl+B and Ctrl+I work in the textarea too; the preview shows the sanitised result.
 */
export function MarkupEditor(props: { value: string; onChange(value: string): void; errorMessage?: string; id: string; blogId?: number }): JSX.Element {
  const { strings } = useFeed();
  const area = React.useRef<HTMLTextAreaElement>(null);
  const pictureButton = React.useRef<HTMLButtonElement>(null);
  const [preview, setPreview] = React.useState(false);
  // Where the cursor was when "Add a picture" was pressed: the picture goes there.
  const [pictureAt, setPictureAt] = React.useState<number | undefined>();
  const [focusAfter, setFocusAfter] = React.useState<{ to: 'text'; caret: number } | { to: 'button' } | undefined>();
  React.useLayoutEffect(() => {
    if (!focusAfter) return;
    if (focusAfter.to === 'text' && area.current) {
      area.current.focus();
      area.current.setSelectionRange(focusAfter.caret, focusAfter.caret);
    } else if (focusAfter.to === 'button' && pictureButton.current) {
      pictureButton.current.focus();
    }
    setFocusAfter(undefined);
  }, [focusAfter]);
  const openPictures = (): void => setPictureAt(area.current ? area.current.selectionEnd : props.value.length);
  const insertPicture = (markup: string): void => {
    const at = Math.min(pictureAt ?? props.value.length, props.value.length);
    const before = props.value.slice(0, at);
    const after = props.value.slice(at);
    // A picture stands on a line of its own.
    const lead = before && !/\n$/.test(before) ? '\n' : '';
    const tail = after && !/^\n/.test(after) ? '\n' : '';
    props.onChange(`${before}${lead}${markup}${tail}${after}`);
    setPictureAt(undefined);
    setFocusAfter({ to: 'text', caret: before.length + lead.length + markup.length + tail.length });
  };
  const closePictures = (): void => {
    setPictureAt(undefined);
    setFocusAfter({ to: 'button' });
  };
  const act = (action: MarkupAction): void => {
    const el = area.current;
    const start = el ? el.selectionStart : props.value.length;
    const end = el ? el.selectionEnd : props.value.length;
    const edit = applyMarkup(action, props.value, start, end, strings.ToolPlaceholder);
    props.onChange(edit.text);
    // After React has the new text: put the selection where the person types next.
    setTimeout(() => {
      if (!area.current) return;
      area.current.focus();
      area.current.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    }, 0);
  };
  const keys = (event: React.KeyboardEvent<HTMLTextAreaElement>): void => {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'b' || key === 'i') {
      event.preventDefault();
      act(key === 'b' ? 'bold' : 'italic');
    }
  };
  const tools: Array<[MarkupAction, string, string]> = [
    ['bold', 'Bold', strings.ToolBold], ['italic', 'Italic', strings.ToolItalic], ['heading', 'Header2', strings.ToolHeading],
    ['bulletList', 'BulletedList', strings.ToolBulletList], ['numberedList', 'NumberedList', strings.ToolNumberedList], ['link', 'Link', strings.ToolLink]
  ];
  const helpId = `${props.id}-help`;
  const errorId = `${props.id}-error`;
  return (
    <div>
      <LightLabel htmlFor={props.id} required>{strings.FieldBody}</LightLabel>
      <div role="toolbar" aria-label={strings.ToolbarLabel} aria-controls={preview ? undefined : props.id} className={toolbarClass}>
        {tools.map(([action, icon, label]) => (
          <LightIconButton key={action} icon={icon} title={label} aria-label={label} onClick={() => act(action)} disabled={preview} />
        ))}
        {props.blogId !== undefined && <LightButton elementRef={pictureButton} text={strings.ToolPicture} aria-expanded={pictureAt !== undefined}
          onClick={openPictures} disabled={preview} />}
        <LightButton aria-pressed={preview} text={strings.Preview} onClick={() => setPreview(!preview)} />
      </div>
      {props.blogId !== undefined && pictureAt !== undefined && !preview
        && <PictureInserter blogId={props.blogId} onInsert={insertPicture} onClose={closePictures} />}
      {preview
        ? <div role="region" aria-label={strings.Preview} tabIndex={0} style={{ border: '1px dashed', padding: 8, minHeight: 220 }}>
            <PostBody html={markupToHtml(props.value)} />
          </div>
        : <textarea id={props.id} ref={area} className={areaClass} value={props.value} onKeyDown={keys}
            aria-describedby={`${helpId}${props.errorMessage ? ` ${errorId}` : ''}`} aria-invalid={!!props.errorMessage} aria-required
            onChange={(e) => props.onChange(e.target.value)} />}
      <Text id={helpId} block variant="small">{strings.MarkupHelp}</Text>
      {props.errorMessage && <Text id={errorId} block variant="small" role="alert" style={{ color: 'inherit', fontWeight: 600 }}>{props.errorMessage}</Text>}
    </div>
  );
}
