import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import {
  allocateSeats,
  Attendance,
  canMarkAttendance,
  participantsCsv,
  participantsCsvFileName,
  statusesById
} from '../../../domain/training';
import { StoredRegistration, StoredSession } from '../../../data/training';
import { toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { problemText } from '../../../ui/problemText';
import { format, plural } from '../../../ui/format';
import { LightButton, useLightClasses, LightText } from '../../../ui/light';
import { LightCheckbox } from '../../../ui/lightForms';
import { PersonPhoto } from '../../../ui/PersonPhoto';
import { stackedTableClass } from '../../../ui/narrow';
import { block, space } from '../../../ui/layout';
import { formatMoment, useText } from './text';
import { adminStatusText, attendanceText, moveRefusalText } from './registrationText';
import { downloadFile } from './download';

const classes = mergeStyleSets({
  /** A section with no one in it: its title alone, as a table's caption would read. */
  emptySection: { fontWeight: 600, margin: block(space.s, space.l) },
  section: { marginBottom: space.l },
  /** The tick, photo and name in a row's first cell. */
  person: { display: 'flex', alignItems: 'center', gap: space.s, minWidth: 0 },
  /** A long e-mail address breaks rather than widening the table past a narrow column. */
  personName: { minWidth: 0, overflowWrap: 'anywhere' },
  rowActions: { display: 'flex', flexWrap: 'wrap', gap: space.xs },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: space.s, margin: block(space.s) },
  status: { margin: block(space.s) }
});

export interface AdminRegistrationsProps {
  stored: StoredSession;
  registrations: StoredRegistration[];
  now: Date;
  onChanged: () => Promise<void>;
}

/**
 * Training admin: seats, waiting list and cancellations of one session, each person with their
 * photo; a command bar (export, attendance for everyone selected) over the lists, and moves and
 * single marks on each row.
 */
export function AdminRegistrations(props: AdminRegistrationsProps): JSX.Element {
  const { services, common, locale } = useHub<'training'>();
  const s = useText();
  const { stored, registrations, now } = props;
  const allocation = allocateSeats(stored.session, registrations);
  const statuses = statusesById(allocation);
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<string | undefined>();
  const repo = services.training.registrations;
  const light = useLightClasses();
  /** Who is ticked for a bulk attendance mark (registration ids, among those who can be marked). */
  const [selected, setSelected] = React.useState<ReadonlySet<number>>(new Set());
  const markable = (allocation.confirmed as StoredRegistration[]).filter(
    (r) => canMarkAttendance(stored.session, statuses.get(r.id) || { code: 'notRegistered' }, now).allowed
  );
  const chosen = markable.filter((r) => selected.has(r.id));
  const toggle = (id: number, on: boolean): void =>
    setSelected((old) => {
      const copy = new Set(old);
      if (on) copy.add(id);
      else copy.delete(id);
      return copy;
    });

  const act = async (action: () => Promise<string>): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    try {
      const text = await action();
      await props.onChanged();
      setMessage(text);
    } catch (error) {
      setMessage(problemText((await toProblem(error)).kind, common));
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = (): void => {
    const csv = participantsCsv(stored.session, registrations, {
      locale,
      text: {
        headers: {
          name: s.HeaderName,
          email: s.HeaderEmail,
          unit: s.HeaderUnit,
          status: s.HeaderStatus,
          registeredAt: s.HeaderRegisteredAt,
          attended: s.HeaderAttendance
        },
        status: (status) => adminStatusText(status, s),
        attendance: (attendance) => (attendance ? attendanceText(attendance, s) : '')
      }
    });
    downloadFile(participantsCsvFileName(stored.session), csv, 'text/csv;charset=utf-8');
  };

  const mark = (r: StoredRegistration, attendance: Attendance | undefined): Promise<void> =>
    act(async () => {
      await repo.markAttendance(r, attendance);
      return format(s.AdminAttendanceSaved, r.person.name);
    });

  /** One mark for everyone ticked, one save each (each person's row is their own item); a failure stops and says so. */
  const markSelected = (attendance: Attendance): Promise<void> =>
    act(async () => {
      for (const r of chosen) await repo.markAttendance(r, attendance);
      setSelected(new Set());
      return plural(s, 'AdminBulkSaved', locale, chosen.length);
    });

  // An empty section is one line ("Cancelled (0)"), not a table of headers over nothing.
  const rowsOf = (title: string, rows: StoredRegistration[], kind: 'confirmed' | 'waiting' | 'cancelled'): JSX.Element =>
    rows.length === 0 ? (
      <p className={classes.emptySection}>{format(title, 0)}</p>
    ) : (
      <table className={`${stackedTableClass} ${classes.section}`}>
        <caption>{format(title, rows.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{s.HeaderName}</th>
            <th scope="col">{s.HeaderUnit}</th>
            <th scope="col">{s.HeaderStatus}</th>
            <th scope="col">{s.HeaderRegisteredAt}</th>
            {kind === 'confirmed' && <th scope="col">{s.HeaderAttendance}</th>}
            {kind !== 'cancelled' && <th scope="col">{s.HeaderActions}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const status = statuses.get(r.id) || { code: 'notRegistered' as const };
            const canMark = canMarkAttendance(stored.session, status, now).allowed;
            return (
              <tr key={r.id}>
                <th scope="row" data-primary="">
                  <div className={classes.person}>
                    {kind === 'confirmed' && canMark && (
                      <input
                        type="checkbox"
                        className={light.choiceInput}
                        checked={selected.has(r.id)}
                        disabled={busy}
                        aria-label={format(s.SelectPerson, r.person.name)}
                        onChange={(e) => toggle(r.id, e.target.checked)}
                      />
                    )}
                    <PersonPhoto name={r.person.name} email={r.person.email} size="S" />
                    <span className={classes.personName}>
                      {r.person.name}
                      {r.person.email ? (
                        <LightText block variant="small">
                          {r.person.email}
                        </LightText>
                      ) : null}
                    </span>
                  </div>
                </th>
                <td data-label={s.HeaderUnit}>{r.person.unit || ''}</td>
                <td data-label={s.HeaderStatus}>{adminStatusText(status, s)}</td>
                <td data-label={s.HeaderRegisteredAt}>{formatMoment(r.registeredAt, locale)}</td>
                {kind === 'confirmed' && <td data-label={s.HeaderAttendance}>{attendanceText(r.attendance, s)}</td>}
                {kind !== 'cancelled' && (
                  <td data-actions="">
                    <div className={classes.rowActions}>
                      {kind === 'confirmed' && canMark && (
                        <>
                          <LightButton
                            disabled={busy}
                            onClick={() => {
                              mark(r, 'attended').catch(() => undefined);
                            }}
                            aria-label={format(s.MarkAttendedFor, r.person.name)}
                            text={s.MarkAttended}
                          />
                          <LightButton
                            disabled={busy}
                            onClick={() => {
                              mark(r, 'noShow').catch(() => undefined);
                            }}
                            aria-label={format(s.MarkNoShowFor, r.person.name)}
                            text={s.MarkNoShow}
                          />
                        </>
                      )}
                      {kind === 'waiting' && (
                        <>
                          <LightButton
                            disabled={busy}
                            aria-label={format(s.MoveToFrontFor, r.person.name)}
                            onClick={() =>
                              act(async () => {
                                const result = await repo.moveToFront(stored, registrations, r.id);
                                return result.outcome === 'moved' ? format(s.AdminMoved, r.person.name) : moveRefusalText(result.reason, s);
                              })
                            }
                            text={s.MoveToFront}
                          />
                          <LightButton
                            disabled={busy}
                            aria-label={format(s.GiveSeatFor, r.person.name)}
                            onClick={() =>
                              act(async () => {
                                const result = await repo.giveSeat(stored, registrations, r.id);
                                return result.outcome === 'moved'
                                  ? format(s.AdminSeatGiven, r.person.name)
                                  : moveRefusalText(result.reason, s);
                              })
                            }
                            text={s.GiveSeat}
                          />
                        </>
                      )}
                      {!stored.session.cancelled && now.getTime() < stored.session.start.getTime() && (
                        <LightButton
                          disabled={busy}
                          aria-label={format(s.CancelRegistrationFor, r.person.name)}
                          onClick={() =>
                            act(async () => {
                              const result = await repo.cancel(stored, r, registrations, { asAdmin: true, now: new Date() });
                              return result.outcome === 'cancelled' ? format(s.AdminCancelled, r.person.name) : s.MoveRefused;
                            })
                          }
                          text={s.CancelRegistration}
                        />
                      )}
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    );

  return (
    <div>
      <h4>{s.AdminRegistrations}</h4>
      <div role="toolbar" aria-label={s.AdminCommands} className={classes.toolbar}>
        <LightButton onClick={exportCsv} disabled={registrations.length === 0} text={s.ExportCsv} />
        {markable.length > 0 && (
          <>
            <LightCheckbox
              label={s.SelectAllSeats}
              checked={chosen.length === markable.length}
              disabled={busy}
              onChange={(on) => setSelected(on ? new Set(markable.map((r) => r.id)) : new Set())}
            />
            <LightButton
              primary
              disabled={busy || chosen.length === 0}
              text={format(s.MarkSelectedAttended, chosen.length)}
              onClick={() => {
                markSelected('attended').catch(() => undefined);
              }}
            />
            <LightButton
              disabled={busy || chosen.length === 0}
              text={format(s.MarkSelectedNoShow, chosen.length)}
              onClick={() => {
                markSelected('noShow').catch(() => undefined);
              }}
            />
          </>
        )}
      </div>
      {!canMarkAttendance(stored.session, { code: 'confirmed' }, now).allowed && !stored.session.cancelled && (
        <LightText block>{s.AttendanceBeforeStart}</LightText>
      )}
      <div role="status" aria-live="polite" className={classes.status}>
        {message && <LightText block>{message}</LightText>}
      </div>
      {stored.session.cancelled ? (
        rowsOf(s.SectionCancelled, allocation.sessionCancelled as StoredRegistration[], 'cancelled')
      ) : (
        <>
          {rowsOf(s.SectionConfirmed, allocation.confirmed as StoredRegistration[], 'confirmed')}
          {rowsOf(
            s.SectionWaiting,
            allocation.waiting.map((w) => w.registration as StoredRegistration),
            'waiting'
          )}
          {rowsOf(s.SectionCancelled, allocation.cancelled as StoredRegistration[], 'cancelled')}
        </>
      )}
    </div>
  );
}
