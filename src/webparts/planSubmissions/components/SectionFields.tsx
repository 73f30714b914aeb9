/** The inputs of one part of the plan, in the form template's order. */
import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import {
  AUDIENCES, CHANNELS, CONTENT_CATEGORIES, FREQUENCY_PERIODS, FrequencyPeriod, PLAN_PURPOSES, Plan, PlanField, PlanPart,
  REGIONS, WEB_PAGE_RELATIONS, frequencyRowsFor
} from '../../../domain/plans/plan';
import { BACKGROUND_MAX_CHARACTERS, PlanProblem, characterCount } from '../../../domain/plans/validation';
import { format, plural } from '../../../ui/format';
import { useHub } from '../../../ui/HubContext';
import { MultiChoice, PersonPicker } from './inputs';
import { Strings, channelLabel, fieldLabel, inputId, label, problemText } from './labels';

export interface SectionFieldsProps {
  part: PlanPart;
  plan: Plan;
  problems: readonly PlanProblem[];
  strings: Strings;
  onChange: (plan: Plan) => void;
}

export function SectionFields(props: SectionFieldsProps): JSX.Element {
  const { part, plan, problems, strings, onChange } = props;
  const { locale } = useHub();
  const [languageText, setLanguageText] = React.useState(plan.audiences.languages.join(', '));

  const err = (field: PlanField, row?: number, column?: string): string | undefined => {
    const texts = problems.filter((p) => p.field === field && p.row === row && p.column === column).map((p) => problemText(strings, p));
    return texts.length ? texts.join(' ') : undefined;
  };
  function set<P extends PlanPart>(which: P, patch: Partial<Plan[P]>): void {
    onChange({ ...plan, [which]: { ...plan[which], ...patch } });
  }
  const id = (field: PlanField, row?: number, column?: string): string => inputId(part, field, row, column);
  const text = (field: PlanField, value: string, update: (v: string) => void, multiline = true): JSX.Element => (
    <TextField id={id(field)} label={fieldLabel(strings, field)} value={value} multiline={multiline} autoAdjustHeight={multiline}
      onChange={(_, v) => update(v || '')} errorMessage={err(field)} styles={{ root: { margin: '12px 0' } }} />
  );

  switch (part) {
    case 'identity':
      return (
        <>
          {text('title', plan.identity.title, (v) => set('identity', { title: v }), false)}
          {text('embassy', plan.identity.embassy, (v) => set('identity', { embassy: v }), false)}
          <Dropdown id={id('region')} label={fieldLabel(strings, 'region')} selectedKey={plan.identity.region || undefined}
            placeholder={strings.NotChosen} errorMessage={err('region')}
            options={REGIONS.map((r) => ({ key: r, text: label(strings, 'Region_', r) }))}
            onChange={(_, o) => set('identity', { region: o ? (o.key as Plan['identity']['region']) : null })} />
        </>
      );
    case 'channels':
      return (
        <>
          <MultiChoice id={id('channels')} legend={fieldLabel(strings, 'channels')} options={CHANNELS} chosen={plan.channels.channels}
            labelOf={(c) => channelLabel(strings, c)} error={err('channels')}
            onChange={(channels) => onChange({
              ...plan, channels: { ...plan.channels, channels },
              content: { ...plan.content, frequency: frequencyRowsFor(channels, plan.content.frequency) }
            })} />
          {plan.channels.channels.indexOf('other') >= 0 && text('otherChannel', plan.channels.otherChannel, (v) => set('channels', { otherChannel: v }), false)}
          <ChoiceGroup id={id('purpose')} label={fieldLabel(strings, 'purpose')} selectedKey={plan.channels.purpose || undefined}
            options={PLAN_PURPOSES.map((p) => ({ key: p, text: label(strings, 'Purpose_', p) }))}
            onChange={(_, o) => set('channels', { purpose: o ? (o.key as Plan['channels']['purpose']) : null })} />
          {err('purpose') && <div role="alert">{err('purpose')}</div>}
        </>
      );
    case 'audiences':
      return (
        <>
          <MultiChoice id={id('audiences')} legend={fieldLabel(strings, 'audiences')} options={AUDIENCES} chosen={plan.audiences.audiences}
            labelOf={(a) => label(strings, 'Audience_', a)} error={err('audiences')} onChange={(audiences) => set('audiences', { audiences })} />
          {plan.audiences.audiences.indexOf('other') >= 0 && text('otherAudience', plan.audiences.otherAudience, (v) => set('audiences', { otherAudience: v }), false)}
          <TextField id={id('languages')} label={fieldLabel(strings, 'languages')} value={languageText}
            errorMessage={[err('languages'), ...plan.audiences.languages.map((_, i) => err('languages', i))].filter(Boolean).join(' ') || undefined}
            onChange={(_, v) => {
              setLanguageText(v || '');
              set('audiences', { languages: (v || '').split(',').map((s) => s.trim()).filter(Boolean) });
            }} />
          {text('reasons', plan.audiences.reasons, (v) => set('audiences', { reasons: v }))}
        </>
      );
    case 'goals':
      return text('goals', plan.goals.goals, (v) => set('goals', { goals: v }));
    case 'content':
      return (
        <>
          {text('description', plan.content.description, (v) => set('content', { description: v }))}
          <MultiChoice id={id('categories')} legend={fieldLabel(strings, 'categories')} options={CONTENT_CATEGORIES} chosen={plan.content.categories}
            labelOf={(c) => label(strings, 'Category_', c)} error={err('categories')} onChange={(categories) => set('content', { categories })} />
          {plan.content.categories.indexOf('other') >= 0 && text('otherCategory', plan.content.otherCategory, (v) => set('content', { otherCategory: v }), false)}
          <fieldset id={id('frequency')} tabIndex={-1} style={{ border: 0, padding: 0, margin: '12px 0' }}>
            <legend style={{ fontWeight: 600 }}>{fieldLabel(strings, 'frequency')}</legend>
            {err('frequency') && <div role="alert">{err('frequency')}</div>}
            {plan.content.frequency.map((row, i) => {
              const put = (patch: Partial<typeof row>): void =>
                set('content', { frequency: plan.content.frequency.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
              const name = channelLabel(strings, row.channel);
              return (
                <div key={row.channel} role="group" aria-label={name} style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'flex-end' }}>
                  <TextField id={id('frequency', i, 'amount')} label={`${name}: ${strings.Column_amount}`} type="number" min={0}
                    value={row.amount === null ? '' : String(row.amount)} errorMessage={err('frequency', i, 'amount') || err('frequency', i)}
                    onChange={(_, v) => put({ amount: v === undefined || v.trim() === '' ? null : Number(v) })} />
                  <Dropdown label={`${name}: ${strings.Column_per}`}
                    selectedKey={row.per} options={FREQUENCY_PERIODS.map((p) => ({ key: p, text: label(strings, 'Period_', p) }))}
                    onChange={(_, o) => o && put({ per: o.key as FrequencyPeriod })} />
                  <TextField id={id('frequency', i, 'note')} label={`${name}: ${strings.Column_note}`} value={row.note}
                    errorMessage={err('frequency', i, 'note')} onChange={(_, v) => put({ note: v || '' })} />
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
          <ChoiceGroup id={id('relation')} label={fieldLabel(strings, 'relation')} selectedKey={plan.webPages.relation || undefined}
            options={WEB_PAGE_RELATIONS.map((r) => ({ key: r, text: label(strings, 'Relation_', r) }))}
            onChange={(_, o) => set('webPages', { relation: o ? (o.key as Plan['webPages']['relation']) : null })} />
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
          <TextField id={id('background')} label={fieldLabel(strings, 'background')} multiline rows={8} value={plan.background.background}
            onChange={(_, v) => set('background', { background: v || '' })} errorMessage={err('background')}
            aria-describedby="ddh-plan-background-counter" />
          <div id="ddh-plan-background-counter" aria-live="polite" style={{ fontWeight: over > 0 ? 600 : 400 }}>
            {format(strings.BackgroundCounter, count, BACKGROUND_MAX_CHARACTERS)}{over > 0 ? ` — ${plural(strings, 'BackgroundOver', locale, over)}` : ''}
          </div>
        </>
      );
    }
  }
}

function PeopleFields(props: SectionFieldsProps & {
  err: (field: PlanField, row?: number, column?: string) => string | undefined;
  set: (patch: Partial<Plan['people']>) => void;
}): JSX.Element {
  const { plan, strings, err, set } = props;
  const p = plan.people;
  const tables: Array<'responsible' | 'updaters'> = ['responsible', 'updaters'];
  const table = (field: 'responsible' | 'updaters'): JSX.Element => {
    const rows = p[field] as Array<Plan['people']['updaters'][number]>;
    const put = (i: number, patch: object): void => set({ [field]: rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) } as Partial<Plan['people']>);
    const fieldName = fieldLabel(strings, field);
    return (
      <fieldset id={inputId('people', field)} tabIndex={-1} style={{ border: 0, padding: 0, margin: '12px 0' }}>
        <legend style={{ fontWeight: 600 }}>{fieldName}</legend>
        {err(field) && <div role="alert">{err(field)}</div>}
        {rows.map((row, i) => {
          const rowName = format(strings.RowLabel, fieldName, i + 1);
          return (
            <div key={i} role="group" aria-label={rowName} style={{ borderLeft: '3px solid currentColor', paddingLeft: 8, margin: '8px 0' }}>
              <PersonPicker id={inputId('people', field, i, 'person')} label={`${rowName}: ${strings.Column_person}`} value={row.person}
                strings={strings} error={err(field, i, 'person')} onChange={(person) => put(i, { person })} />
              <TextField id={inputId('people', field, i, 'position')} label={`${rowName}: ${strings.Column_position}`} value={row.position}
                errorMessage={err(field, i, 'position')} onChange={(_, v) => put(i, { position: v || '' })} />
              <TextField id={inputId('people', field, i, 'scope')} label={`${rowName}: ${strings.Column_scope}`} value={row.scope}
                errorMessage={err(field, i, 'scope')} onChange={(_, v) => put(i, { scope: v || '' })} />
              {field === 'updaters' && (
                <TextField id={inputId('people', field, i, 'experience')} label={`${rowName}: ${strings.Column_experience}`} multiline autoAdjustHeight
                  value={row.experience} errorMessage={err(field, i, 'experience')} onChange={(_, v) => put(i, { experience: v || '' })} />
              )}
              <DefaultButton text={format(strings.RemoveRow, i + 1)} ariaLabel={`${format(strings.RemoveRow, i + 1)}: ${fieldName}`}
                onClick={() => set({ [field]: rows.filter((_, j) => j !== i) } as Partial<Plan['people']>)} styles={{ root: { marginTop: 6 } }} />
            </div>
          );
        })}
        <DefaultButton text={strings.AddRow} ariaLabel={`${strings.AddRow}: ${fieldName}`}
          onClick={() => set({ [field]: [...rows, { person: null, position: '', scope: '', experience: '' }] } as Partial<Plan['people']>)} />
      </fieldset>
    );
  };
  return (
    <>
      {table(tables[0])}
      <TextField id={inputId('people', 'coordination')} label={fieldLabel(strings, 'coordination')} multiline autoAdjustHeight value={p.coordination}
        errorMessage={err('coordination')} onChange={(_, v) => set({ coordination: v || '' })} />
      {table(tables[1])}
      <TextField id={inputId('people', 'continuity')} label={fieldLabel(strings, 'continuity')} multiline autoAdjustHeight value={p.continuity}
        errorMessage={err('continuity')} onChange={(_, v) => set({ continuity: v || '' })} />
      <ChoiceGroup id={inputId('people', 'officeHoursOnly')} label={fieldLabel(strings, 'officeHoursOnly')}
        selectedKey={p.officeHoursOnly === null ? undefined : p.officeHoursOnly ? 'yes' : 'no'}
        options={[{ key: 'yes', text: strings.OfficeHours_yes }, { key: 'no', text: strings.OfficeHours_no }]}
        onChange={(_, o) => set({ officeHoursOnly: o ? o.key === 'yes' : null })} />
      <p>{strings.OfficeHoursHint}</p>
      {err('officeHoursOnly') && <div role="alert">{err('officeHoursOnly')}</div>}
      {p.officeHoursOnly === true && (
        <TextField id={inputId('people', 'publicNotice')} label={fieldLabel(strings, 'publicNotice')} multiline autoAdjustHeight value={p.publicNotice}
          errorMessage={err('publicNotice')} onChange={(_, v) => set({ publicNotice: v || '' })} />
      )}
    </>
  );
}
