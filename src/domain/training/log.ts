/**
 * Registrations as a log of rows the server orders: which rows make a person's registration.
 *
 * Staff only ADD rows to the registrations list (from schema v4 they may not edit or delete them),
 * and no column they write is trusted to say whose row it is or which one came first: anyone can
 * write anyone's person id or key. What the server sets is trusted — the row's Author and its Id
 * (arrival order) — and so is a change made by someone who manages the list (an admin). From those:
 *
 * - A row counts only for its author: a row naming another person as participant is ignored, so a
 *   forged row neither gives that person a place nor stands in their way.
 * - Per session and person, rows are read in arrival order. A sign-up row opens a registration
 *   when the person has none open; while one is open, further sign-up rows are duplicates (a
 *   double click, two tabs at once) and count for nothing. A cancellation row closes the open one.
 *   So there is at most one open registration per person and session, whatever arrives when.
 * - A registration's place in the queue is its sign-up row's id, as before: concurrent sign-ups
 *   for the last seat are ordered by the server and never overbook.
 */
import { Registration } from './seats';

export interface RegistrationRow<R extends Registration> {
  /** The row as a registration (its id, session, person, Created, its own Cancelled flag). */
  registration: R;
  /** SharePoint's Author of the row. */
  authorId: number;
  /** The row is a cancellation its author added, not a sign-up. */
  cancellation: boolean;
}

/** The registrations the rows make, oldest first: sign-ups that opened one, cancelled or not. */
export function collapseRegistrations<R extends Registration>(rows: ReadonlyArray<RegistrationRow<R>>): R[] {
  const own = rows
    .filter((row) => row.authorId === row.registration.person.id)
    .slice()
    .sort((a, b) => a.registration.id - b.registration.id);
  const open = new Map<string, number>();
  const out: R[] = [];
  for (const row of own) {
    const r = row.registration;
    const key = `${r.sessionId}:${row.authorId}`;
    const at = open.get(key);
    if (row.cancellation) {
      if (at === undefined) continue;
      out[at] = { ...out[at], cancelled: true, cancelledAt: r.registeredAt };
      open.delete(key);
    } else if (at === undefined) {
      out.push(r);
      if (!r.cancelled) open.set(key, out.length - 1);
    }
  }
  return out;
}
