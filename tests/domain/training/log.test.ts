import {
  allocateSeats,
  collapseRegistrations,
  Registration,
  RegistrationRow,
  Session,
  signedUpTooLate
} from '../../../src/domain/training';

const session: Session = {
  id: 1,
  title: 'S',
  description: '',
  topic: 'other',
  audience: '',
  start: new Date('2030-03-10T08:00:00Z'),
  end: new Date('2030-03-10T10:00:00Z'),
  capacity: 2,
  signUpDeadline: new Date('2030-03-08T15:00:00Z'),
  cancelled: false
};

function row(
  id: number,
  personId: number,
  options: { author?: number; cancellation?: boolean; cancelled?: boolean; at?: string; sessionId?: number } = {}
): RegistrationRow<Registration> {
  return {
    registration: {
      id,
      sessionId: options.sessionId ?? 1,
      person: { id: personId, name: `P${personId}` },
      registeredAt: new Date(options.at ?? `2030-01-01T08:00:${String(id % 60).padStart(2, '0')}Z`),
      cancelled: !!(options.cancelled || options.cancellation)
    },
    authorId: options.author ?? personId,
    cancellation: !!options.cancellation
  };
}

describe('collapseRegistrations: one registration per person and session, from server-set facts', () => {
  test('a row whose author is not its participant is ignored', () => {
    expect(collapseRegistrations([row(1, 7, { author: 8 })])).toEqual([]);
  });

  test('duplicates while registered count for nothing; the first sign-up keeps its place', () => {
    const out = collapseRegistrations([row(3, 7), row(1, 7), row(2, 8), row(5, 7)]);
    expect(out.map((r) => r.id)).toEqual([1, 2]);
  });

  test('a cancellation closes the open one (at its own Created); the next sign-up is a new place at the back', () => {
    const out = collapseRegistrations([row(1, 7), row(2, 8), row(3, 7, { cancellation: true, at: '2030-01-05T00:00:00Z' }), row(4, 7)]);
    expect(out.map((r) => [r.id, r.cancelled])).toEqual([
      [1, true],
      [2, false],
      [4, false]
    ]);
    expect(out[0].cancelledAt).toEqual(new Date('2030-01-05T00:00:00Z'));
    expect(allocateSeats({ ...session, capacity: 1 }, out).confirmed.map((r) => r.id)).toEqual([2]);
  });

  test("a cancellation with nothing open, or someone else's, changes nothing; sessions are kept apart", () => {
    const out = collapseRegistrations([
      row(1, 7, { cancellation: true }),
      row(2, 7),
      row(3, 7, { cancellation: true, author: 9 }),
      row(4, 7, { sessionId: 2 })
    ]);
    expect(out.map((r) => [r.id, r.sessionId, r.cancelled])).toEqual([
      [2, 1, false],
      [4, 2, false]
    ]);
  });
});

describe('signedUpTooLate', () => {
  const late = { ...row(9, 7, { at: '2030-03-09T00:00:00Z' }).registration };
  test('created after the deadline: no place, unless an admin wrote to it', () => {
    expect(signedUpTooLate(session, late)).toBe(true);
    expect(signedUpTooLate(session, { ...late, adminWritten: true })).toBe(false);
    expect(allocateSeats(session, [late]).confirmed).toEqual([]);
    expect(allocateSeats(session, [late]).cancelled.map((r) => r.id)).toEqual([9]);
    expect(allocateSeats(session, [{ ...late, adminWritten: true }]).confirmed.map((r) => r.id)).toEqual([9]);
  });
  test('without a deadline the start closes sign-up', () => {
    const open = { ...session, signUpDeadline: undefined };
    expect(signedUpTooLate(open, late)).toBe(false);
    expect(signedUpTooLate(open, { ...late, registeredAt: new Date('2030-03-10T08:00:01Z') })).toBe(true);
  });
});
