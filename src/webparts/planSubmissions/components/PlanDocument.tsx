/** The whole plan, read-only, all sections in the form's order: for reading, reviewing and printing. */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { block, space, useLayout } from '../../../ui/layout';
import { PART_FIELDS, PLAN_PARTS, Plan, PlanField, PlanPart, PersonRef } from '../../../domain/plans/plan';
import { CommentTarget, SectionComment } from '../../../domain/plans/review';
import { format } from '../../../ui/format';
import { Strings, channelLabel, dateTime, fieldLabel, label, sectionLabel, useText } from './text';

const CHOICE_PREFIX: Partial<Record<PlanField, string>> = {
  region: 'Region_',
  purpose: 'Purpose_',
  audiences: 'Audience_',
  categories: 'Category_',
  relation: 'Relation_'
};

function person(p: PersonRef | null): string {
  return p ? p.title || p.loginName : '—';
}

/** A field's value as text in the page's language. */
export function valueText(strings: Strings, field: PlanField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'channels') return (value as Plan['channels']['channels']).map((c) => channelLabel(strings, c)).join(', ') || '—';
  if (field === 'officeHoursOnly') return value ? strings.OfficeHours_yes : strings.OfficeHours_no;
  if (field === 'frequency') {
    return (
      (value as Plan['content']['frequency'])
        .map(
          (r) =>
            `${channelLabel(strings, r.channel)}: ${r.amount === null ? '—' : r.amount} ${label(strings, 'Period_', r.per)}${r.note ? ` (${r.note})` : ''}`
        )
        .join('; ') || '—'
    );
  }
  if (field === 'responsible' || field === 'updaters') {
    return (
      (value as Plan['people']['updaters'])
        .map((r) => [person(r.person), r.position, r.scope, r.experience].filter(Boolean).join(', '))
        .join('; ') || '—'
    );
  }
  const prefix = CHOICE_PREFIX[field];
  if (Array.isArray(value)) return (value as string[]).map((v) => (prefix ? label(strings, prefix, v) : v)).join(', ') || '—';
  if (prefix && typeof value === 'string') return label(strings, prefix, value);
  return String(value);
}

const classes = mergeStyleSets({
  /** A section of the plan: kept on one printed page where it fits. */
  section: { breakInside: 'avoid', marginBottom: space.l },
  /** A field's value, with the author's line breaks. */
  value: { margin: block(0, space.s), whiteSpace: 'pre-wrap' }
});

export function PlanDocument(props: {
  locale: string;
  plan: Plan;
  comments?: Record<CommentTarget, SectionComment[]>;
  /** Parts marked as changed since the previous round. */
  changed?: readonly PlanPart[];
}): JSX.Element {
  const { locale, plan, comments, changed } = props;
  const strings = useText();
  const layout = useLayout();
  return (
    <div className="ddh-plan-document">
      {PLAN_PARTS.map((part) => (
        <section key={part} aria-labelledby={`ddh-doc-${part}`} className={classes.section}>
          <h3 id={`ddh-doc-${part}`}>
            {sectionLabel(strings, part)}
            {changed && changed.indexOf(part) >= 0 ? ` (${strings.ChangedSinceLastRound})` : ''}
          </h3>
          <dl className={layout.flat}>
            {(PART_FIELDS[part] as readonly PlanField[]).map((field) => (
              <React.Fragment key={field}>
                <dt className={layout.strong}>{fieldLabel(strings, field)}</dt>
                <dd className={classes.value}>{valueText(strings, field, (plan[part] as unknown as Record<string, unknown>)[field])}</dd>
              </React.Fragment>
            ))}
          </dl>
          {comments && part !== 'identity' && comments[part as CommentTarget].length > 0 && (
            <div>
              <h4>{strings.SectionComments}</h4>
              <ul>
                {comments[part as CommentTarget].map((c, i) => (
                  <li key={i}>
                    {format(
                      strings.HistoryEntry,
                      c.by.person.title || c.by.person.loginName,
                      label(strings, 'Role_', c.by.role),
                      dateTime(locale, c.at)
                    )}
                    : {c.text}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
