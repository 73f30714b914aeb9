/**
 * The session list's filters, as the Events web part offers them: topic, month, and in person /
 * online. Topic and month are asked of the server (an indexed range and an indexed choice, see
 * SessionRepository.find); in person / online narrows the rows read, as nothing indexes "has a link".
 */
import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { SESSION_TOPICS, SessionTopic } from '../../../domain/training';
import { dateFormat } from '../../../ui/format';
import { useHub } from '../../../ui/HubContext';
import { LightSelect } from '../../../ui/light';
import { NARROW } from '../../../ui/narrow';
import { topicText, useText } from './text';
import { SessionFilterValue, SessionMode } from './filter';

const bar = mergeStyles({
  display: 'grid',
  gridTemplateColumns: 'repeat(3, minmax(0, 17em))',
  gap: '0 12px',
  margin: '0 0 8px',
  selectors: { [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)' } }
});

export function SessionFilters(props: {
  value: SessionFilterValue;
  onChange: (value: SessionFilterValue) => void;
  now: Date;
  topicFixed?: boolean;
}): JSX.Element {
  const s = useText();
  const { locale } = useHub();
  const { value } = props;
  const months = Array.from({ length: 12 }, (_, i) => new Date(props.now.getFullYear(), props.now.getMonth() + i, 1)).map((first) => ({
    key: `${first.getFullYear()}-${String(first.getMonth() + 1).padStart(2, '0')}`,
    text: dateFormat(locale, { month: 'long', year: 'numeric' }).format(first)
  }));
  return (
    <div role="group" aria-label={s.FiltersLabel} className={bar}>
      {!props.topicFixed && (
        <LightSelect
          id="ddh-training-filter-topic"
          label={s.FieldTopic}
          value={value.topic}
          options={[{ key: '', text: s.PresetTopicAll }].concat(SESSION_TOPICS.map((t) => ({ key: t, text: topicText(t, s) })))}
          onChange={(topic) => props.onChange({ ...value, topic: topic as SessionTopic | '' })}
        />
      )}
      <LightSelect
        id="ddh-training-filter-month"
        label={s.FilterMonth}
        value={value.month}
        options={[{ key: '', text: s.FilterMonthAll }].concat(months)}
        onChange={(month) => props.onChange({ ...value, month })}
      />
      <LightSelect
        id="ddh-training-filter-mode"
        label={s.FilterMode}
        value={value.mode}
        options={[
          { key: '', text: s.FilterModeAll },
          { key: 'inPerson', text: s.FilterModeInPerson },
          { key: 'online', text: s.FilterModeOnline }
        ]}
        onChange={(mode) => props.onChange({ ...value, mode: mode as SessionMode })}
      />
    </div>
  );
}
