import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { LightButton, LightText as Text } from '../../../../ui/light';
import { LightIconButton, LightLabel } from '../../../../ui/lightForms';
import { useFeed } from '../FeedContext';
import { PostBody } from '../PostBody';
import { applyMarkup, markupToHtml, MarkupAction } from './markup';

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
export function MarkupEditor(props: { value: string; onChange(value: string): void; errorMessage?: string; id: string }): JSX.Element {
  const { strings } = useFeed();
  const area = React.useRef<HTMLTextAreaElement>(null);
  const [preview, setPreview] = React.useState(false);
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
        <LightButton aria-pressed={preview} text={strings.Preview} onClick={() => setPreview(!preview)} />
      </div>
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
