/**
 * The sessions of one month as a calendar (#12 item 4), as the Events web part's month layout
 * shows them: a week per row from Monday, each day with its sessions' start times and titles, each
 * a button that opens the session. Read a month at a time (SessionRepository.month: one indexed
 * range); the list's topic and in person / online filters apply here too. In a narrow web part the
 * grid becomes an agenda: only the days that have sessions, one under another.
 */
import * as React from 'react';
import { themeClasses } from '../../../ui/themeClasses';
import { StoredSession } from '../../../data/training';
import { dateFormat } from '../../../ui/format';
import { useHub } from '../../../ui/HubContext';
import { LightButton } from '../../../ui/light';
import { Loading } from '../../../ui/Loading';
import { NARROW, whenNarrow } from '../../../ui/narrow';
import { useText } from './text';
import { useReturnFocus } from './returnFocus';

/** Days from the Monday on or before the 1st to the Sunday on or after the last day of the month. */
export function monthWeeks(first: Date): Date[][] {
  const day = new Date(first.getFullYear(), first.getMonth(), 1);
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  const last = new Date(first.getFullYear(), first.getMonth() + 1, 0);
  const weeks: Date[][] = [];
  while (day <= last) {
    const week: Date[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(new Date(day));
      day.setDate(day.getDate() + 1);
    }
    weeks.push(week);
  }
  return weeks;
}

const sameDay = (a: Date, b: Date): boolean =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

const useClasses = themeClasses((theme) => ({
  table: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    selectors: { [NARROW]: { display: 'block' } }
  },
  head: { selectors: { [NARROW]: { display: 'none' } } },
  body: { selectors: { [NARROW]: { display: 'block' } } },
  row: { selectors: { [NARROW]: { display: 'block' } } },
  th: { fontWeight: 600, padding: '4px', textAlign: 'start', borderBottom: `1px solid ${theme.palette.neutralTertiary}` },
  day: {
    verticalAlign: 'top',
    height: 88,
    padding: 4,
    border: `1px solid ${theme.palette.neutralQuaternaryAlt}`,
    overflowWrap: 'break-word',
    hyphens: 'auto',
    selectors: {
      '&[data-other-month]': { color: theme.palette.neutralSecondary },
      [NARROW]: {
        display: 'block',
        height: 'auto',
        border: 0,
        borderBottom: `1px solid ${theme.palette.neutralQuaternaryAlt}`,
        padding: '8px 0'
      },
      // The agenda shows only the days that have sessions.
      '&[data-empty]': whenNarrow({ display: 'none' }),
      '&[aria-current]': { background: theme.palette.neutralLighter }
    }
  },
  number: { fontWeight: 600, display: 'block', marginBottom: 2 },
  wide: { selectors: { [NARROW]: { display: 'none' } } },
  narrow: { display: 'none', selectors: { [NARROW]: { display: 'inline' } } },
  session: {
    display: 'block',
    width: '100%',
    textAlign: 'start',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    fontSize: 13,
    lineHeight: '18px',
    cursor: 'pointer',
    padding: '2px 4px',
    margin: '2px 0',
    borderRadius: 2,
    border: `1px solid ${theme.palette.themePrimary}`,
    borderInlineStartWidth: 4,
    selectors: {
      ':hover': { background: theme.palette.neutralLighter },
      ':focus-visible': { outline: `2px solid ${theme.palette.neutralPrimary}`, outlineOffset: 1 },
      '&[data-cancelled]': { textDecoration: 'line-through', borderColor: theme.palette.neutralTertiary }
    }
  },
  nav: { display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap', margin: '0 0 8px' },
  caption: { fontWeight: 600, fontSize: 18, textAlign: 'start', captionSide: 'top', padding: '4px 0', minWidth: '10em' }
}));

export function MonthView(props: {
  month: Date;
  onMonth: (first: Date) => void;
  accept: (stored: StoredSession) => boolean;
  onOpen: (stored: StoredSession, from: HTMLElement) => void;
}): JSX.Element {
  const { services, locale } = useHub<'training'>();
  const s = useText();
  const c = useClasses();
  const first = new Date(props.month.getFullYear(), props.month.getMonth(), 1);
  const key = `${first.getFullYear()}-${first.getMonth()}`;
  const [read, setRead] = React.useState<{ key: string; sessions: StoredSession[] } | undefined>();
  const [failed, setFailed] = React.useState(false);
  React.useEffect(() => {
    let live = true;
    setFailed(false);
    const from = new Date(first.getFullYear(), first.getMonth(), 1);
    const to = new Date(first.getFullYear(), first.getMonth() + 1, 1);
    services.training.sessions.month(from, to).then(
      (sessions) => {
        if (live) setRead({ key, sessions });
      },
      () => {
        if (live) setFailed(true);
      }
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services, key]);

  const weeks = monthWeeks(first);
  const today = new Date();
  const monthName = dateFormat(locale, { month: 'long', year: 'numeric' }).format(first);
  const weekday = dateFormat(locale, { weekday: 'short' });
  const weekdayLong = dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const time = dateFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const sessions = read && read.key === key ? read.sessions.filter(props.accept) : undefined;
  useReturnFocus(!!sessions);
  const move = (months: number): void => props.onMonth(new Date(first.getFullYear(), first.getMonth() + months, 1));
  return (
    <div>
      <div className={c.nav} role="group" aria-label={s.FilterMonth}>
        <LightButton text={s.MonthPrevious} onClick={() => move(-1)} />
        <LightButton text={s.MonthNext} onClick={() => move(1)} />
      </div>
      {failed && <p role="alert">{s.MonthFailed}</p>}
      {!sessions && !failed && <Loading />}
      {sessions && (
        <table className={c.table} aria-busy={false}>
          <caption className={c.caption} aria-live="polite">
            {monthName}
          </caption>
          <thead className={c.head}>
            <tr>
              {weeks[0].map((d) => (
                <th key={d.getDay()} scope="col" className={c.th}>
                  {weekday.format(d)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className={c.body}>
            {weeks.map((week) => (
              <tr key={week[0].toISOString()} className={c.row}>
                {week.map((day) => {
                  const own = sessions.filter((o) => sameDay(o.session.start, day));
                  const inMonth = day.getMonth() === first.getMonth();
                  return (
                    <td
                      key={day.toISOString()}
                      className={c.day}
                      data-other-month={inMonth ? undefined : ''}
                      data-empty={own.length === 0 || !inMonth ? '' : undefined}
                      aria-current={sameDay(day, today) ? 'date' : undefined}
                    >
                      <span className={c.number}>
                        <span className={c.wide}>{day.getDate()}</span>
                        <span className={c.narrow}>{weekdayLong.format(day)}</span>
                      </span>
                      {inMonth &&
                        own.map((o) => (
                          <button
                            key={o.session.id}
                            type="button"
                            id={`ddh-month-session-${o.session.id}`}
                            className={c.session}
                            data-cancelled={o.session.cancelled ? '' : undefined}
                            onClick={(e) => props.onOpen(o, e.currentTarget)}
                          >
                            {time.format(o.session.start)} {o.session.title}
                            {o.session.cancelled ? ` (${s.SessionCancelledBadge})` : ''}
                          </button>
                        ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sessions && sessions.length === 0 && <p>{s.MonthEmpty}</p>}
    </div>
  );
}
