/** The plan's history: who did what, when, about which section; and the differences between rounds. */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { SectionChange } from '../../../domain/plans/review';
import { HistoryEntry } from '../../../domain/plans/workflow';
import { format } from '../../../ui/format';
import { PersonPhoto } from '../../../ui/PersonPhoto';
import { space, useLayout } from '../../../ui/layout';
import { valueText } from './PlanDocument';
import { dateTime, fieldLabel, label, sectionLabel, useText } from './text';

const classes = mergeStyleSets({
  /** One event: the face, then what happened. */
  entry: { marginBottom: space.s, display: 'flex', gap: space.s, alignItems: 'flex-start' },
  /** What happened, beside the face (long words wrap instead of widening the list). */
  what: { minWidth: 0 },
  /** One changed field in the round diff. */
  change: { marginBottom: space.s },
  added: { textDecoration: 'underline' }
});

export function History(props: { locale: string; history: readonly HistoryEntry[] }): JSX.Element {
  const { locale, history } = props;
  const strings = useText();
  const layout = useLayout();
  return (
    <section aria-labelledby="ddh-plan-history">
      <h3 id="ddh-plan-history">{strings.History}</h3>
      {history.length === 0 ? (
        <p>{strings.HistoryEmpty}</p>
      ) : (
        <ol>
          {history.map((h, i) => {
            const e = h.event;
            return (
              <li key={e.id || i} className={classes.entry}>
                {/* Who did it, as a face: the name is in the line beside it. */}
                <PersonPhoto name={e.by.person.title || e.by.person.loginName} email={e.by.person.loginName} size="S" />
                <div className={classes.what}>
                  <strong>{label(strings, 'Event_', e.kind)}</strong>{' '}
                  {format(
                    strings.HistoryEntry,
                    e.by.person.title || e.by.person.loginName,
                    label(strings, 'Role_', e.by.role),
                    dateTime(locale, e.at)
                  )}
                  {' · '}
                  {format(strings.RoundLine, h.round)}
                  {e.section && <> · {format(strings.HistorySection, sectionLabel(strings, e.section))}</>}
                  {e.reference && <> · {format(strings.ReferenceLine, e.reference)}</>}
                  {e.comment && <div className={layout.preWrap}>{e.comment}</div>}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** What changed between two submitted rounds, word by word for texts; additions and removals named, not only coloured. */
export function RoundDiff(props: { from: number; to: number; changes: readonly SectionChange[] }): JSX.Element {
  const { from, to, changes } = props;
  const strings = useText();
  const layout = useLayout();
  return (
    <section aria-labelledby="ddh-plan-diff">
      <h3 id="ddh-plan-diff">{format(strings.DiffTitle, from, to)}</h3>
      {changes.length === 0 ? (
        <p>{strings.DiffNone}</p>
      ) : (
        <ul>
          {changes.map((c, i) => (
            <li key={i} className={classes.change}>
              <strong>
                {sectionLabel(strings, c.section)} — {fieldLabel(strings, c.field)}
              </strong>
              {c.words ? (
                <div className={layout.preWrap}>
                  {c.words.map((w, j) =>
                    w.kind === 'same' ? (
                      <span key={j}>{w.text}</span>
                    ) : w.kind === 'added' ? (
                      <ins key={j} aria-label={`${strings.DiffAdded}: ${w.text}`} className={classes.added}>
                        [+{w.text}]
                      </ins>
                    ) : (
                      <del key={j} aria-label={`${strings.DiffRemoved}: ${w.text}`}>
                        [−{w.text}]
                      </del>
                    )
                  )}
                </div>
              ) : (
                <dl className={layout.flat}>
                  <dt>{strings.DiffBefore}</dt>
                  <dd>{valueText(strings, c.field, c.before)}</dd>
                  <dt>{strings.DiffAfter}</dt>
                  <dd>{valueText(strings, c.field, c.after)}</dd>
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
