/** The inputs of one part of the plan, in the form template's order. */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { LightButton, LightSelect, LightTextField } from '../../../ui/light';
import { LightChoiceGroup } from '../../../ui/lightForms';
import {
  AUDIENCES,
  CHANNELS,
  CONTENT_CATEGORIES,
  FREQUENCY_PERIODS,
  FrequencyPeriod,
  PLAN_PURPOSES,
  Plan,
  PlanField,
  PlanPart,
  REGIONS,
  WEB_PAGE_RELATIONS,
  frequencyRowsFor
} from '../../../domain/plans/plan';
import { BACKGROUND_MAX_CHARACTERS, PlanProblem, characterCount } from '../../../domain/plans/validation';
import { format, plural } from '../../../ui/format';
import { useHub } from '../../../ui/HubContext';
import { MissionOptions, missionNamed, useMissions } from '../../../ui/missions';
import { MultiChoice, PersonPicker } from './inputs';
import { inputId, problemText } from './formText';
import { channelLabel, fieldLabel, label, useText } from './text';
import { block, space, useLayout } from '../../../ui/layout';

const classes = mergeStyleSets({
  /** A text field of the form, a step apart from the next. */
  field: { margin: block(space.m) },
  /** A channel's posts per week or month: amount, period and note side by side, wrapping when narrow. */
  frequencyRow: { display: 'flex', gap: space.s, flexWrap: 'wrap', alignItems: 'flex-end' },
  /** One person of section 6, its fields marked by a line on the left. */
  personRow: { borderLeft: '3px solid currentColor', paddingLeft: space.s, margin: block(space.s) },
  removeRow: { marginTop: space.sNudge }
});

const EMBASSY_OPTIONS_ID = 'ddh-plan-embassy-missions';

export interface SectionFieldsProps {
  part: PlanPart;
  plan: Plan;
  problems: readonly PlanProblem[];
  onChange: (plan: Plan) => void;
}

export function SectionFields(props: SectionFieldsProps): JSX.Element {
  const layout = useLayout();
  const { part, plan, problems, onChange } = props;
  const strings = useText();
  const { locale } = useHub();
  const [languageText, setLanguageText] = React.useState(plan.audiences.languages.join(', '));
  const missions = useMissions();

  const err = (field: PlanField, row?: number, column?: string): string | undefined => {
    const texts = problems.filter((p) => p.field === field && p.row === row && p.column === column).map((p) => problemText(strings, p));
    return texts.length ? texts.join(' ') : undefined;
  };
  function set<P extends PlanPart>(which: P, patch: Partial<Plan[P]>): void {
    onChange({ ...plan, [which]: { ...plan[which], ...patch } });
  }
  const id = (field: PlanField, row?: number, column?: string): string => inputId(part, field, row, column);
  const text = (field: PlanField, value: string, update: (v: string) => void, multiline = true): JSX.Element => (
    <div className={classes.field}>
      <LightTextField
        id={id(field)}
        label={fieldLabel(strings, field)}
        value={value}
        multiline={multiline}
        onChange={update}
        errorMessage={err(field)}
      />
    </div>
  );

  switch (part) {
    case 'identity':
      return (
        <>
          {text('title', plan.identity.title, (v) => set('identity', { title: v }), false)}
          <div className={classes.field}>
            {/* The embassy from the list of missions (any part of its name finds it); its region comes with it. */}
            <LightTextField
              id={id('embassy')}
              label={fieldLabel(strings, 'embassy')}
              value={plan.identity.embassy}
              list={EMBASSY_OPTIONS_ID}
              autoComplete="off"
              errorMessage={err('embassy')}
              onChange={(v) => {
                const mission = missionNamed(missions, v);
                set('identity', { embassy: v, ...(mission && mission.region && !plan.identity.region ? { region: mission.region } : {}) });
              }}
            />
            <MissionOptions id={EMBASSY_OPTIONS_ID} missions={missions} />
          </div>
          <LightSelect
            id={id('region')}
            label={fieldLabel(strings, 'region')}
            value={plan.identity.region || ''}
            errorMessage={err('region')}
            options={[{ key: '', text: strings.NotChosen }, ...REGIONS.map((r) => ({ key: r, text: label(strings, 'Region_', r) }))]}
            onChange={(v) => set('identity', { region: v ? (v as Plan['identity']['region']) : null })}
          />
        </>
      );
    case 'channels':
      return (
        <>
          <MultiChoice
            id={id('channels')}
            legend={fieldLabel(strings, 'channels')}
            options={CHANNELS}
            chosen={plan.channels.channels}
            labelOf={(c) => channelLabel(strings, c)}
            error={err('channels')}
            onChange={(channels) =>
              onChange({
                ...plan,
                channels: { ...plan.channels, channels },
                content: { ...plan.content, frequency: frequencyRowsFor(channels, plan.content.frequency) }
              })
            }
          />
          {plan.channels.channels.indexOf('other') >= 0 &&
            text('otherChannel', plan.channels.otherChannel, (v) => set('channels', { otherChannel: v }), false)}
          <LightChoiceGroup
            id={id('purpose')}
            name={id('purpose')}
            label={fieldLabel(strings, 'purpose')}
            value={plan.channels.purpose || ''}
            options={PLAN_PURPOSES.map((p) => ({ key: p, text: label(strings, 'Purpose_', p) }))}
            onChange={(v) => set('channels', { purpose: v as Plan['channels']['purpose'] })}
          />
          {err('purpose') && <div role="alert">{err('purpose')}</div>}
        </>
      );
    case 'audiences':
      return (
        <>
          <MultiChoice
            id={id('audiences')}
            legend={fieldLabel(strings, 'audiences')}
            options={AUDIENCES}
            chosen={plan.audiences.audiences}
            labelOf={(a) => label(strings, 'Audience_', a)}
            error={err('audiences')}
            onChange={(audiences) => set('audiences', { audiences })}
          />
          {plan.audiences.audiences.indexOf('other') >= 0 &&
            text('otherAudience', plan.audiences.otherAudience, (v) => set('audiences', { otherAudience: v }), false)}
          <LightTextField
            id={id('languages')}
            label={fieldLabel(strings, 'languages')}
            value={languageText}
            errorMessage={
              [err('languages'), ...plan.audiences.languages.map((_, i) => err('languages', i))].filter(Boolean).join(' ') || undefined
            }
            onChange={(v) => {
              setLanguageText(v);
              set('audiences', {
                languages: v
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean)
              });
            }}
          />
          {text('reasons', plan.audiences.reasons, (v) => set('audiences', { reasons: v }))}
        </>
      );
    case 'goals':
      return text('goals', plan.goals.goals, (v) => set('goals', { goals: v }));
    case 'content':
      return (
        <>
          {text('description', plan.content.description, (v) => set('content', { description: v }))}
          <MultiChoice
            id={id('categories')}
            legend={fieldLabel(strings, 'categories')}
            options={CONTENT_CATEGORIES}
            chosen={plan.content.categories}
            labelOf={(c) => label(strings, 'Category_', c)}
            error={err('categories')}
            onChange={(categories) => set('content', { categories })}
          />
          {plan.content.categories.indexOf('other') >= 0 &&
            text('otherCategory', plan.content.otherCategory, (v) => set('content', { otherCategory: v }), false)}
          <fieldset id={id('frequency')} tabIndex={-1} className={layout.group}>
            <legend className={layout.strong}>{fieldLabel(strings, 'frequency')}</legend>
            {err('frequency') && <div role="alert">{err('frequency')}</div>}
            {plan.content.frequency.map((row, i) => {
              const put = (patch: Partial<typeof row>): void =>
                set('content', { frequency: plan.content.frequency.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
              const name = channelLabel(strings, row.channel);
              return (
                <div key={row.channel} role="group" aria-label={name} className={classes.frequencyRow}>
                  <LightTextField
                    id={id('frequency', i, 'amount')}
                    label={`${name}: ${strings.Column_amount}`}
                    type="number"
                    min={0}
                    value={row.amount === null ? '' : String(row.amount)}
                    errorMessage={err('frequency', i, 'amount') || err('frequency', i)}
                    onChange={(v) => put({ amount: v.trim() === '' ? null : Number(v) })}
                  />
                  <LightSelect
                    label={`${name}: ${strings.Column_per}`}
                    value={row.per}
                    options={FREQUENCY_PERIODS.map((p) => ({ key: p, text: label(strings, 'Period_', p) }))}
                    onChange={(v) => put({ per: v as FrequencyPeriod })}
                  />
                  <LightTextField
                    id={id('frequency', i, 'note')}
                    label={`${name}: ${strings.Column_note}`}
                    value={row.note}
                    errorMessage={err('frequency', i, 'note')}
                    onChange={(v) => put({ note: v })}
                  />
                </div>
              );
            })}
          </fieldset>
          {text('interaction', plan.content.interaction, (v) => set('content', { interaction: v }))}
        </>
      );
    case 'webPages':
      return (
        <>
          <LightChoiceGroup
            id={id('relation')}
            name={id('relation')}
            label={fieldLabel(strings, 'relation')}
            value={plan.webPages.relation || ''}
            options={WEB_PAGE_RELATIONS.map((r) => ({ key: r, text: label(strings, 'Relation_', r) }))}
            onChange={(v) => set('webPages', { relation: v as Plan['webPages']['relation'] })}
          />
          {err('relation') && <div role="alert">{err('relation')}</div>}
          {text('details', plan.webPages.details, (v) => set('webPages', { details: v }))}
        </>
      );
    case 'people':
      return <PeopleFields {...props} err={err} set={(patch) => set('people', patch)} />;
    case 'metrics':
      return text('metrics', plan.metrics.metrics, (v) => set('metrics', { metrics: v }));
    case 'background': {
      const count = characterCount(plan.background.background);
      const over = count - BACKGROUND_MAX_CHARACTERS;
      return (
        <>
          <LightTextField
            id={id('background')}
            label={fieldLabel(strings, 'background')}
            multiline
            rows={8}
            value={plan.background.background}
            onChange={(v) => set('background', { background: v })}
            errorMessage={err('background')}
            describedBy="ddh-plan-background-counter"
          />
          <div id="ddh-plan-background-counter" aria-live="polite" className={over > 0 ? layout.strong : undefined}>
            {format(strings.BackgroundCounter, count, BACKGROUND_MAX_CHARACTERS)}
            {over > 0 ? ` — ${plural(strings, 'BackgroundOver', locale, over)}` : ''}
          </div>
        </>
      );
    }
  }
}

function PeopleFields(
  props: SectionFieldsProps & {
    err: (field: PlanField, row?: number, column?: string) => string | undefined;
    set: (patch: Partial<Plan['people']>) => void;
  }
): JSX.Element {
  const { plan, err, set } = props;
  const strings = useText();
  const layout = useLayout();
  const p = plan.people;
  const tables: Array<'responsible' | 'updaters'> = ['responsible', 'updaters'];
  const table = (field: 'responsible' | 'updaters'): JSX.Element => {
    const rows = p[field] as Array<Plan['people']['updaters'][number]>;
    const put = (i: number, patch: object): void =>
      set({ [field]: rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) } as Partial<Plan['people']>);
    const fieldName = fieldLabel(strings, field);
    return (
      <fieldset id={inputId('people', field)} tabIndex={-1} className={layout.group}>
        <legend className={layout.strong}>{fieldName}</legend>
        {err(field) && <div role="alert">{err(field)}</div>}
        {rows.map((row, i) => {
          const rowName = format(strings.RowLabel, fieldName, i + 1);
          return (
            <div key={i} role="group" aria-label={rowName} className={classes.personRow}>
              <PersonPicker
                id={inputId('people', field, i, 'person')}
                label={`${rowName}: ${strings.Column_person}`}
                value={row.person}
                error={err(field, i, 'person')}
                onChange={(person) => put(i, { person })}
              />
              <LightTextField
                id={inputId('people', field, i, 'position')}
                label={`${rowName}: ${strings.Column_position}`}
                value={row.position}
                errorMessage={err(field, i, 'position')}
                onChange={(v) => put(i, { position: v })}
              />
              <LightTextField
                id={inputId('people', field, i, 'scope')}
                label={`${rowName}: ${strings.Column_scope}`}
                value={row.scope}
                errorMessage={err(field, i, 'scope')}
                onChange={(v) => put(i, { scope: v })}
              />
              {field === 'updaters' && (
                <LightTextField
                  id={inputId('people', field, i, 'experience')}
                  label={`${rowName}: ${strings.Column_experience}`}
                  multiline
                  value={row.experience}
                  errorMessage={err(field, i, 'experience')}
                  onChange={(v) => put(i, { experience: v })}
                />
              )}
              <LightButton
                text={format(strings.RemoveRow, i + 1)}
                aria-label={`${format(strings.RemoveRow, i + 1)}: ${fieldName}`}
                onClick={() => set({ [field]: rows.filter((_, j) => j !== i) } as Partial<Plan['people']>)}
                className={classes.removeRow}
              />
            </div>
          );
        })}
        <LightButton
          text={strings.AddRow}
          aria-label={`${strings.AddRow}: ${fieldName}`}
          onClick={() => set({ [field]: [...rows, { person: null, position: '', scope: '', experience: '' }] } as Partial<Plan['people']>)}
        />
      </fieldset>
    );
  };
  return (
    <>
      {table(tables[0])}
      <LightTextField
        id={inputId('people', 'coordination')}
        label={fieldLabel(strings, 'coordination')}
        multiline
        value={p.coordination}
        errorMessage={err('coordination')}
        onChange={(v) => set({ coordination: v })}
      />
      {table(tables[1])}
      <LightTextField
        id={inputId('people', 'continuity')}
        label={fieldLabel(strings, 'continuity')}
        multiline
        value={p.continuity}
        errorMessage={err('continuity')}
        onChange={(v) => set({ continuity: v })}
      />
      <LightChoiceGroup
        id={inputId('people', 'officeHoursOnly')}
        name={inputId('people', 'officeHoursOnly')}
        label={fieldLabel(strings, 'officeHoursOnly')}
        value={p.officeHoursOnly === null ? '' : p.officeHoursOnly ? 'yes' : 'no'}
        options={[
          { key: 'yes', text: strings.OfficeHours_yes },
          { key: 'no', text: strings.OfficeHours_no }
        ]}
        onChange={(v) => set({ officeHoursOnly: v === 'yes' })}
      />
      <p>{strings.OfficeHoursHint}</p>
      {err('officeHoursOnly') && <div role="alert">{err('officeHoursOnly')}</div>}
      {p.officeHoursOnly === true && (
        <LightTextField
          id={inputId('people', 'publicNotice')}
          label={fieldLabel(strings, 'publicNotice')}
          multiline
          value={p.publicNotice}
          errorMessage={err('publicNotice')}
          onChange={(v) => set({ publicNotice: v })}
        />
      )}
    </>
  );
}
