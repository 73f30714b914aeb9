import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { Text } from '@fluentui/react/lib/Text';
import { CHANNELS, Channel, POST_LIMITS, Situation, SITUATIONS } from '../../../../domain/feed';
import { useFeed } from '../FeedContext';
import { channelLabel, situationLabel } from '../labels';
import { DraftFields } from './drafts';

/** The good practice's structured fields: unit, situation, channels, what worked, what to avoid, reach, links. */
export function PracticeFields(props: {
  fields: DraftFields;
  set<K extends keyof DraftFields>(name: K, value: DraftFields[K]): void;
  error(field: string): string | undefined;
}): JSX.Element {
  const { strings } = useFeed();
  const { fields, set, error } = props;
  const toggleChannel = (channel: Channel, on: boolean): void =>
    set('channels', on ? [...fields.channels.filter((c) => c !== channel), channel] : fields.channels.filter((c) => c !== channel));
  return (
    <fieldset style={{ border: '1px solid rgba(128,128,128,0.5)', padding: 12, margin: '12px 0' }}>
      <legend><Text variant="mediumPlus">{strings.PracticeTitle}</Text></legend>
      <TextField label={strings.FieldUnit} required value={fields.unit} maxLength={POST_LIMITS.unitMaxLength}
        onChange={(_e, v) => set('unit', v || '')} errorMessage={error('goodPractice.unit')} />
      <Dropdown label={strings.FieldSituation} required selectedKey={fields.situation}
        options={SITUATIONS.map((s) => ({ key: s, text: situationLabel(s, strings) }))}
        onChange={(_e, o) => set('situation', (o ? o.key : 'other') as Situation)} errorMessage={error('goodPractice.situation')} />
      <fieldset style={{ border: 0, padding: 0, margin: '8px 0' }} aria-describedby={error('goodPractice.channels') ? 'ddh-channels-error' : undefined}>
        <legend><Text>{strings.FieldChannels} *</Text></legend>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
          {CHANNELS.map((c) => (
            <Checkbox key={c} label={channelLabel(c, strings)} checked={fields.channels.indexOf(c) >= 0} onChange={(_e, on) => toggleChannel(c, !!on)} />
          ))}
        </div>
        {error('goodPractice.channels') && <Text id="ddh-channels-error" role="alert" variant="small" block><strong>{error('goodPractice.channels')}</strong></Text>}
      </fieldset>
      <TextField label={strings.FieldWhatWorked} required multiline autoAdjustHeight value={fields.whatWorked}
        maxLength={POST_LIMITS.whatWorkedMaxLength} onChange={(_e, v) => set('whatWorked', v || '')} errorMessage={error('goodPractice.whatWorked')} />
      <TextField label={strings.FieldWhatToAvoid} multiline autoAdjustHeight value={fields.whatToAvoid}
        maxLength={POST_LIMITS.whatToAvoidMaxLength} onChange={(_e, v) => set('whatToAvoid', v || '')} errorMessage={error('goodPractice.whatToAvoid')} />
      <TextField label={strings.FieldReach} inputMode="numeric" value={fields.reachText} description={strings.FieldReachHelp}
        onChange={(_e, v) => set('reachText', v || '')} errorMessage={error('goodPractice.reach')} />
      <TextField label={strings.FieldLinks} multiline value={fields.linksText} description={strings.FieldLinksHelp}
        onChange={(_e, v) => set('linksText', v || '')} errorMessage={error('goodPractice.links')} />
    </fieldset>
  );
}
