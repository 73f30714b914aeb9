import { Registration, Session } from '../../../src/domain/training';

export function makeSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 7,
    title: 'Sosiaalinen media kriisiviestinnässä',
    description: 'Käytännön harjoituksia.',
    topic: 'socialMedia',
    audience: 'Edustustojen viestintätiimit',
    start: new Date('2026-03-10T08:00:00Z'),
    end: new Date('2026-03-10T10:30:00Z'),
    place: 'Merikasarmi, sali 3',
    onlineMeetingUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    capacity: 10,
    organiser: { id: 3, name: 'Henkilöstön kehittäminen', email: 'hal-10@example.fi' },
    signUpDeadline: new Date('2026-03-03T14:00:00Z'),
    cancelled: false,
    ...overrides
  };
}

/** Registrations with ids 101, 102, … in arrival order. */
export function makeRegistrations(count: number, sessionId = 7, firstId = 101): Registration[] {
  return Array.from({ length: count }, (_, index) => ({
    id: firstId + index,
    sessionId,
    person: { id: 1000 + index, name: `Person ${index + 1}`, email: `p${index + 1}@example.fi`, unit: 'VKO-20' },
    registeredAt: new Date(Date.UTC(2026, 1, 1, 9, index)),
    cancelled: false
  }));
}
