import {
  commentsBySection,
  derivePlanState,
  diffRounds,
  diffWords,
  changedParts,
  sectionsToRevise,
  PlanEvent
} from '../../../src/domain/plans';
import { aino, anna, completePlan, risto } from './fixtures';

describe('diffRounds', () => {
  it('finds nothing between equal rounds, nor in choice order, line endings or display names', () => {
    const before = completePlan();
    const after = completePlan();
    after.channels.channels = ['x', 'facebook'];
    after.content.frequency = [...after.content.frequency].reverse();
    before.goals.goals = 'Reach Finns.\nRaise the profile.';
    after.goals.goals = 'Reach Finns.\r\nRaise the profile.  ';
    after.people.responsible[0].person = { ...anna, title: 'Anna A. Author', id: undefined };
    expect(diffRounds(before, after)).toEqual([]);
  });

  it('lists each changed field with old and new values, in form order', () => {
    const before = completePlan();
    const after = completePlan();
    after.background.background = 'Japan has very high internet use; X and LINE are popular.';
    after.channels.channels = ['facebook', 'x', 'youtube'];
    after.people.officeHoursOnly = true;
    after.people.updaters[0].person = anna;
    const changes = diffRounds(before, after);
    expect(changes.map((c) => `${c.section}.${c.field}`)).toEqual([
      'channels.channels',
      'people.updaters',
      'people.officeHoursOnly',
      'background.background'
    ]);
    expect(changes[0]).toEqual({ section: 'channels', field: 'channels', before: ['facebook', 'x'], after: ['facebook', 'x', 'youtube'] });
    expect(changes[2]).toEqual({ section: 'people', field: 'officeHoursOnly', before: false, after: true });
    expect((changes[1].before as Array<{ person: unknown }>)[0].person).toEqual(aino);
    expect(changes[3].words).toEqual([
      { kind: 'same', text: 'Japan has ' },
      { kind: 'added', text: 'very ' },
      { kind: 'same', text: 'high internet use; X and LINE are popular.' }
    ]);
    expect(changedParts(changes)).toEqual(['channels', 'people', 'background']);
  });
});

describe('diffWords', () => {
  it('marks replaced words as removed then added', () => {
    expect(diffWords('three posts a week', 'five posts a month')).toEqual([
      { kind: 'removed', text: 'three' },
      { kind: 'added', text: 'five' },
      { kind: 'same', text: ' posts a ' },
      { kind: 'removed', text: 'week' },
      { kind: 'added', text: 'month' }
    ]);
  });

  it('handles empty texts', () => {
    expect(diffWords('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }]);
    expect(diffWords('old', '')).toEqual([{ kind: 'removed', text: 'old' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('gives up on texts too long to compare word by word', () => {
    const a = Array.from({ length: 1500 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 1500 }, (_, i) => `b${i}`).join(' ');
    expect(diffWords(a, b)).toBeNull();
  });
});

describe('section comments', () => {
  const at = (m: number): string => `2025-03-01T10:0${m}:00Z`;
  const events: PlanEvent[] = [
    { kind: 'submit', by: { person: anna, role: 'author' }, at: at(1), comment: '' },
    { kind: 'comment', by: { person: risto, role: 'reviewer' }, at: at(2), comment: 'Which languages?', section: 'audiences' },
    { kind: 'comment', by: { person: risto, role: 'reviewer' }, at: at(3), comment: 'Metrics are vague.', section: 'metrics' },
    { kind: 'requestChanges', by: { person: risto, role: 'reviewer' }, at: at(4), comment: 'See sections 2 and 7.' },
    { kind: 'comment', by: { person: anna, role: 'author' }, at: at(5), comment: 'Japanese added.', section: 'audiences' },
    { kind: 'submit', by: { person: anna, role: 'author' }, at: at(6), comment: 'Revised.' },
    { kind: 'comment', by: { person: risto, role: 'reviewer' }, at: at(7), comment: 'Better.', section: 'goals' }
  ];
  const { history } = derivePlanState(events);

  it('groups comments by section and round', () => {
    const round1 = commentsBySection(history, 1);
    expect(round1.audiences.map((c) => c.text)).toEqual(['Which languages?', 'Japanese added.']);
    expect(round1.general.map((c) => `${c.kind}:${c.text}`)).toEqual(['requestChanges:See sections 2 and 7.']);
    expect(round1.goals).toEqual([]);
    const all = commentsBySection(history);
    expect(all.general.map((c) => c.text)).toEqual(['See sections 2 and 7.', 'Revised.']);
    expect(all.goals[0]).toEqual({
      target: 'goals',
      round: 2,
      kind: 'comment',
      text: 'Better.',
      by: { person: risto, role: 'reviewer' },
      at: at(7)
    });
  });

  it('tells the author which sections reviewers commented on', () => {
    expect(sectionsToRevise(history, 1)).toEqual(['audiences', 'metrics']);
    expect(sectionsToRevise(history, 2)).toEqual(['goals']);
  });
});
