import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import {
  ETIQUETTE_POINTS,
  HEADLINE_IDEAL_MAX_LENGTH,
  PrivacyWarning,
  privacyWarnings,
  writingHints
} from '../../../../domain/feed/writingHelp';
import { LightText as Text } from '../../../../ui/light';
import { format, plural } from '../../../../ui/format';
import { useHub } from '../../../../ui/HubContext';
import { useText } from '../text';
import { bodyHintText, etiquetteText, headlineHintText, privacyText } from './editorText';

const panelClass = mergeStyles({ border: '1px solid rgba(128,128,128,0.5)', padding: 12, borderRadius: 2 });

/**
 * Writing help from the action plan's guide: the headline matters most, keep it short, add
 * keywords, the ten points of etiquette, and never confidential or private data. Hints, never blocks.
 */
export function WritingHelp(props: { title: string; bodyHtml: string; keywords: string[]; otherText: string }): JSX.Element {
  const strings = useText();
  const { locale } = useHub();
  const hints = writingHints({ title: props.title, bodyHtml: props.bodyHtml, keywords: props.keywords });
  const extra = privacyWarnings(props.otherText);
  const privacy: PrivacyWarning[] = [
    ...hints.privacy,
    ...extra.filter((w) => !hints.privacy.some((h) => h.code === w.code && h.excerpt === w.excerpt))
  ];
  const length = Array.from(props.title.trim()).length;
  const messages = [...hints.headline.map((h) => headlineHintText(h, strings)), ...hints.body.map((h) => bodyHintText(h, strings))];
  return (
    <aside aria-labelledby="ddh-help-heading" className={panelClass}>
      <Text as="h3" variant="large" block id="ddh-help-heading">
        {strings.HelpTitle}
      </Text>
      <Text as="p" block>
        {strings.HelpHeadline}
      </Text>
      <Text as="p" block variant="small">
        {plural(strings, 'HeadlineLength', locale, length, length, HEADLINE_IDEAL_MAX_LENGTH)}
      </Text>
      <div aria-live="polite">
        {messages.length === 0 ? (
          <Text as="p" block>
            {strings.HelpAllGood}
          </Text>
        ) : (
          <ul>
            {messages.map((m) => (
              <li key={m}>
                <Text>{m}</Text>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Text as="h4" variant="mediumPlus" block>
        {strings.PrivacyTitle}
      </Text>
      <Text as="p" block>
        {strings.PrivacyReminder}
      </Text>
      <div aria-live="polite">
        {privacy.length > 0 && (
          <ul>
            {privacy.map((w) => (
              <li key={`${w.code}|${w.excerpt}`}>
                <Text>
                  <strong>{strings.WarningPrefix}</strong> {format(privacyText(w.code, strings), w.excerpt)}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </div>
      <details>
        <summary>
          <Text>{strings.EtiquetteTitle}</Text>
        </summary>
        <ol>
          {ETIQUETTE_POINTS.map((point) => (
            <li key={point}>
              <Text>{etiquetteText(point, strings)}</Text>
            </li>
          ))}
        </ol>
      </details>
    </aside>
  );
}
