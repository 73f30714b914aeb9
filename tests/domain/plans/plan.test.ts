import {
  CHANNELS,
  PLAN_PARTS,
  SECTION_IDS,
  SECTION_NUMBERS,
  emptyPlan,
  fieldsOf,
  frequencyRowsFor,
  planFingerprint,
  samePerson
} from '../../../src/domain/plans';
import { anna, completePlan } from './fixtures';

describe('plan model', () => {
  it('keeps the form template order of the eight sections', () => {
    expect(SECTION_IDS).toEqual(['channels', 'audiences', 'goals', 'content', 'webPages', 'people', 'metrics', 'background']);
    expect(SECTION_IDS.map((s) => SECTION_NUMBERS[s])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(PLAN_PARTS[0]).toBe('identity');
  });

  it('lists the fields of each section, and every field of the plan belongs to exactly one part', () => {
    expect(fieldsOf('people')).toEqual(['responsible', 'coordination', 'updaters', 'continuity', 'officeHoursOnly', 'publicNotice']);
    expect(fieldsOf('content')).toEqual(['description', 'categories', 'otherCategory', 'frequency', 'interaction']);
    const plan = emptyPlan();
    PLAN_PARTS.forEach((part) => {
      expect([...fieldsOf(part)].sort()).toEqual(Object.keys(plan[part]).sort());
    });
  });

  it('starts empty', () => {
    const plan = emptyPlan();
    expect(plan.channels).toEqual({ channels: [], otherChannel: '', purpose: null });
    expect(plan.people.officeHoursOnly).toBeNull();
    expect(emptyPlan()).not.toBe(plan);
  });

  it('offers eight channels ending with other', () => {
    expect(CHANNELS).toEqual(['facebook', 'x', 'instagram', 'linkedIn', 'youtube', 'flickr', 'blog', 'other']);
  });

  it('keeps typed frequency rows for channels still chosen, adds rows for new ones, in channel order', () => {
    const rows = frequencyRowsFor(
      ['youtube', 'facebook'],
      [
        { channel: 'facebook', amount: 3, per: 'week', note: 'posts' },
        { channel: 'flickr', amount: 2, per: 'month', note: '' }
      ]
    );
    expect(rows).toEqual([
      { channel: 'facebook', amount: 3, per: 'week', note: 'posts' },
      { channel: 'youtube', amount: null, per: 'week', note: '' }
    ]);
  });

  it('compares people by login name, ignoring case and display name', () => {
    expect(samePerson(anna, { loginName: anna.loginName.toUpperCase(), title: 'A. Author' })).toBe(true);
    expect(samePerson(anna, { loginName: 'i:0#.f|membership|other@um.fi', title: anna.title })).toBe(false);
    expect(samePerson({ loginName: '', title: 'x' }, { loginName: '', title: 'y' })).toBe(false);
  });

  it('fingerprints content, not key order', () => {
    const plan = completePlan();
    const reordered = { ...plan, identity: { region: plan.identity.region, embassy: plan.identity.embassy, title: plan.identity.title } };
    expect(planFingerprint(reordered)).toBe(planFingerprint(plan));
    expect(planFingerprint(plan)).toMatch(/^[0-9a-f]{14}$/);
    const edited = completePlan();
    edited.goals.goals += '!';
    expect(planFingerprint(edited)).not.toBe(planFingerprint(plan));
  });
});
