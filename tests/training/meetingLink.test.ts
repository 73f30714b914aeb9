/** @jest-environment node */
/**
 * What the app says about the meeting link must hold. The link is a column of the sessions list,
 * which every member of staff reads (that is how they see sessions at all), so nothing keeps it
 * from anyone who asks through REST: the web part shows the join button to confirmed participants,
 * and the Teams meeting's lobby is what admits only invited people. The strings say exactly that,
 * in every language, and never that the link is shown only to participants.
 */
import * as path from 'path';
import { LOCALES, readLoc } from '../../workbench/loc';
import { SESSION_FIELDS as S, TRAINING_LISTS } from '../../src/lists/trainingLists';
import { createTrainingSite } from './site';

const root = path.resolve(__dirname, '../..');

test('any member of staff reads the meeting link through REST, without a seat', async () => {
  const t = await createTrainingSite();
  const stored = await t.newSession({ onlineMeetingUrl: 'https://teams.example.test/l/meetup-join/secret' });
  const stranger = t.member(1);
  const row = await t.site
    .spAs(stranger.loginName)
    .web.lists.getByTitle(TRAINING_LISTS.sessions.title)
    .items.getById(stored.session.id)
    .select(S.meetingLink)<Record<string, string>>();
  expect(row[S.meetingLink]).toBe('https://teams.example.test/l/meetup-join/secret');
  t.site.dispose();
});

/** The old promise, per language, and the word for the Teams lobby the honest hint points to. */
const CLAIMS: Record<string, { promise: RegExp; lobby: RegExp; readable: RegExp }> = {
  'en-us': { promise: /shown only to/i, lobby: /lobby/i, readable: /can still read the link/i },
  'fi-fi': { promise: /näytetään vain/i, lobby: /odotusaula/i, readable: /linkin voi silti lukea/i },
  'sv-se': { promise: /visas bara/i, lobby: /lobbyn/i, readable: /kan ändå läsa själva länken/i }
};

test.each([...LOCALES])("%s: the session form's hint tells the truth about who can read the link", (locale) => {
  const strings = readLoc(root, 'trainingRegistry', locale);
  const claim = CLAIMS[locale];
  for (const key of ['OnlineLinkHint', 'OnlineLinkForConfirmed'])
    expect({ key, text: strings[key] }).not.toEqual({ key, text: expect.stringMatching(claim.promise) });
  expect(strings.OnlineLinkHint).toMatch(claim.readable);
  expect(strings.OnlineLinkHint).toMatch(claim.lobby);
});
