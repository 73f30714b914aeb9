import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { block, space } from '../../../../ui/layout';
import { CHANNELS, Channel, POST_LIMITS, Situation, SITUATIONS } from '../../../../domain/feed/post';
import { LightSelect, LightText as Text, LightTextField } from '../../../../ui/light';
import { LightCheckboxGroup } from '../../../../ui/lightForms';
import { channelLabel, situationLabel, useText } from '../text';
import { DraftFields } from './drafts';
import { MissionOptions, useMissions } from '../../../../ui/missions';

const UNIT_OPTIONS_ID = 'ddh-practice-unit-missions';

/** The good practice's fields framed as one group inside the post's form. */
const practiceGroupClass = mergeStyles({ border: '1px solid rgba(128,128,128,0.5)', padding: space.m, margin: block(space.m) });

/** The good practice's structured fields: unit, situation, channels, what worked, what to avoid, reach, links. */
export function PracticeFields(props: {
  fields: DraftFields;
  set<K extends keyof DraftFields>(name: K, value: DraftFields[K]): void;
  error(field: string): string | undefined;
}): JSX.Element {
  const strings = useText();
  const { fields, set, error } = props;
  const missions = useMissions();
  return (
    <fieldset className={practiceGroupClass}>
      <legend>
        <Text variant="mediumPlus">{strings.PracticeTitle}</Text>
      </legend>
      {/* The unit or embassy from the list of missions (any part of a name finds it), or typed. */}
      <LightTextField
        label={strings.FieldUnit}
        required
        value={fields.unit}
        maxLength={POST_LIMITS.unitMaxLength}
        list={UNIT_OPTIONS_ID}
        autoComplete="off"
        onChange={(v) => set('unit', v)}
        errorMessage={error('goodPractice.unit')}
      />
      <MissionOptions id={UNIT_OPTIONS_ID} missions={missions} />
      <LightSelect
        label={strings.FieldSituation}
        required
        value={fields.situation}
        options={SITUATIONS.map((s) => ({ key: s, text: situationLabel(s, strings) }))}
        onChange={(key) => set('situation', key as Situation)}
        errorMessage={error('goodPractice.situation')}
      />
      <LightCheckboxGroup
        id="ddh-channels"
        label={strings.FieldChannels}
        required
        values={fields.channels}
        options={CHANNELS.map((c) => ({ key: c, text: channelLabel(c, strings) }))}
        onChange={(values) => set('channels', values as Channel[])}
        errorMessage={error('goodPractice.channels')}
      />
      <LightTextField
        label={strings.FieldWhatWorked}
        required
        multiline
        value={fields.whatWorked}
        maxLength={POST_LIMITS.whatWorkedMaxLength}
        onChange={(v) => set('whatWorked', v)}
        errorMessage={error('goodPractice.whatWorked')}
      />
      <LightTextField
        label={strings.FieldWhatToAvoid}
        multiline
        value={fields.whatToAvoid}
        maxLength={POST_LIMITS.whatToAvoidMaxLength}
        onChange={(v) => set('whatToAvoid', v)}
        errorMessage={error('goodPractice.whatToAvoid')}
      />
      <LightTextField
        label={strings.FieldReach}
        inputMode="numeric"
        value={fields.reachText}
        description={strings.FieldReachHelp}
        onChange={(v) => set('reachText', v)}
        errorMessage={error('goodPractice.reach')}
      />
      <LightTextField
        label={strings.FieldLinks}
        multiline
        value={fields.linksText}
        description={strings.FieldLinksHelp}
        onChange={(v) => set('linksText', v)}
        errorMessage={error('goodPractice.links')}
      />
    </fieldset>
  );
}
