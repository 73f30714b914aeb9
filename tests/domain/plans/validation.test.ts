import {
  BACKGROUND_MAX_CHARACTERS,
  PLAN_PARTS,
  PLAN_PROBLEM_CODES,
  PlanProblem,
  STORAGE_LIMITS,
  canSaveDraft,
  canSubmit,
  characterCount,
  draftProblems,
  emptyPlan,
  errorsOf,
  personalDataWarnings,
  validatePlan,
  validateSection
} from '../../../src/domain/plans';
import { aino, anna, completePlan } from './fixtures';

/** Problems reduced to what a test compares: code, field and the locating extras. */
function brief(problems: PlanProblem[]): string[] {
  return problems.map((p) =>
    [p.section, p.field, p.code, p.row, p.column, p.channel, p.limit, p.value].filter((x) => x !== undefined).join(' ')
  );
}

describe('characterCount', () => {
  it('counts what the writer sees as one character once', () => {
    expect(characterCount('abc')).toBe(3);
    expect(characterCount('😀')).toBe(1); // two UTF-16 code units
    expect('😀'.length).toBe(2);
    expect(characterCount('e\u0301')).toBe(1); // e + combining acute composes to é
    expect(characterCount('Ä\u0308'.normalize('NFD'))).toBe(2); // A + two diaereses: only one composes
    expect(characterCount('a\r\nb')).toBe(3);
    expect(characterCount('')).toBe(0);
  });
});

describe('validatePlan', () => {
  it('accepts a complete plan with no problems at all', () => {
    expect(validatePlan(completePlan())).toEqual([]);
    expect(canSubmit(completePlan())).toBe(true);
  });

  it('lists everything an empty plan lacks, part by part in form order', () => {
    const problems = validatePlan(emptyPlan());
    expect(brief(problems)).toEqual([
      'identity title required',
      'identity embassy required',
      'identity region required',
      'channels channels atLeastOne',
      'channels purpose required',
      'audiences audiences atLeastOne',
      'audiences languages atLeastOne',
      'audiences reasons required',
      'goals goals required',
      'content description required',
      'content categories atLeastOne',
      'content interaction required',
      'webPages relation required',
      'people responsible atLeastOne',
      'people coordination required',
      'people updaters atLeastOne',
      'people continuity required',
      'people officeHoursOnly required',
      'metrics metrics required',
      'background background required'
    ]);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
    expect(canSubmit(emptyPlan())).toBe(false);
  });

  it('uses only codes from the exported list', () => {
    const plan = emptyPlan();
    plan.channels.channels = ['other', 'myspace' as never];
    plan.background.background = 'x'.repeat(1001);
    plan.goals.goals = 'Call 040 123 4567 or 131052-308T';
    const codes = validatePlan(plan).map((p) => p.code);
    codes.forEach((c) => expect(PLAN_PROBLEM_CODES).toContain(c));
    expect(codes).toEqual(
      expect.arrayContaining(['unknownChoice', 'otherTextRequired', 'tooLong', 'mayContainPhoneNumber', 'mayContainIdentityCode'])
    );
  });
});

describe('validateSection', () => {
  it('1: other channel needs its text; unknown and repeated channels are errors', () => {
    const plan = completePlan();
    plan.channels.channels = ['facebook', 'other', 'facebook', 'tiktok' as never];
    expect(brief(validateSection(plan, 'channels'))).toEqual([
      'channels channels unknownChoice tiktok',
      'channels channels duplicate facebook',
      'channels otherChannel otherTextRequired'
    ]);
    plan.channels.channels = ['facebook', 'other'];
    plan.channels.otherChannel = 'VKontakte';
    expect(validateSection(plan, 'channels')).toEqual([]);
  });

  it('2: audiences need languages as valid, distinct language tags', () => {
    const plan = completePlan();
    plan.audiences.languages = ['fi', 'FI', 'Finnish!', 'zh-Hant'];
    plan.audiences.audiences = ['other'];
    expect(brief(validateSection(plan, 'audiences'))).toEqual([
      'audiences otherAudience otherTextRequired',
      'audiences languages duplicate 1 FI',
      'audiences languages invalidLanguage 2 Finnish!'
    ]);
  });

  it('3 and 7: goals and metrics are required, whitespace is not an answer', () => {
    const plan = completePlan();
    plan.goals.goals = '  \n ';
    plan.metrics.metrics = '\t';
    expect(brief(validateSection(plan, 'goals'))).toEqual(['goals goals required']);
    expect(brief(validateSection(plan, 'metrics'))).toEqual(['metrics metrics required']);
  });

  it('4A: other content category needs its text', () => {
    const plan = completePlan();
    plan.content.categories = ['other'];
    expect(brief(validateSection(plan, 'content'))).toEqual(['content otherCategory otherTextRequired']);
  });

  it('4B: every chosen channel has one frequency row with a whole, positive amount', () => {
    const plan = completePlan();
    plan.channels.channels = ['facebook', 'x', 'youtube'];
    plan.content.frequency = [
      { channel: 'facebook', amount: 2.5, per: 'week', note: '' },
      { channel: 'flickr', amount: 4, per: 'month', note: '' },
      { channel: 'facebook', amount: 0, per: 'day' as never, note: '' },
      { channel: 'x', amount: null, per: 'week', note: '' }
    ];
    expect(brief(validateSection(plan, 'content'))).toEqual([
      'content frequency amountInvalid 0 amount facebook 5000',
      'content frequency frequencyChannelNotChosen 1 flickr',
      'content frequency duplicate 2 facebook facebook',
      'content frequency amountInvalid 2 amount facebook 5000',
      'content frequency unknownChoice 2 facebook day',
      'content frequency required 3 amount x',
      'content frequency frequencyMissing youtube'
    ]);
  });

  it('4B: a dormant crisis profile owes no frequency, but may give zero', () => {
    const plan = completePlan();
    plan.channels.purpose = 'dormantCrisisProfile';
    plan.content.frequency = [{ channel: 'x', amount: 0, per: 'week', note: '' }];
    expect(validateSection(plan, 'content')).toEqual([]);
    plan.content.frequency = [{ channel: 'x', amount: -1, per: 'week', note: '' }];
    expect(brief(validateSection(plan, 'content'))).toEqual(['content frequency amountInvalid 0 amount x 5000']);
  });

  it('5: the relation to web pages is required, and "other" needs its explanation', () => {
    const plan = completePlan();
    plan.webPages = { relation: 'other', details: ' ' };
    expect(brief(validateSection(plan, 'webPages'))).toEqual(['webPages details otherTextRequired']);
    plan.webPages = { relation: null, details: 'x' };
    expect(brief(validateSection(plan, 'webPages'))).toEqual(['webPages relation required']);
  });

  it('6A/6B: people rows need a person and position; updaters their experience; nobody twice', () => {
    const plan = completePlan();
    plan.people.responsible = [
      { person: anna, position: 'Counsellor', scope: 'Finnish' },
      { person: { ...anna, title: 'Anna A.' }, position: '', scope: 'English' },
      { person: null, position: 'Attaché', scope: '' }
    ];
    plan.people.updaters = [{ person: aino, position: 'Assistant', scope: '', experience: '' }];
    expect(brief(validateSection(plan, 'people'))).toEqual([
      `people responsible duplicate 1 person ${anna.loginName}`,
      'people responsible required 1 position',
      'people responsible required 2 person',
      'people updaters required 0 experience'
    ]);
  });

  it('6: office hours must be answered; office hours only needs the public notice', () => {
    const plan = completePlan();
    plan.people.officeHoursOnly = null;
    expect(brief(validateSection(plan, 'people'))).toEqual(['people officeHoursOnly required']);
    plan.people.officeHoursOnly = true;
    expect(brief(validateSection(plan, 'people'))).toEqual(['people publicNotice publicNoticeRequired']);
    plan.people.publicNotice = 'We answer on weekdays 9–16 Tokyo time.';
    expect(validateSection(plan, 'people')).toEqual([]);
  });

  it('8: background allows 1000 characters as the writer counts them', () => {
    const plan = completePlan();
    plan.background.background = '😀'.repeat(BACKGROUND_MAX_CHARACTERS); // 2000 UTF-16 units
    expect(validateSection(plan, 'background')).toEqual([]);
    plan.background.background = 'e\u0301'.repeat(BACKGROUND_MAX_CHARACTERS); // 2000 code points before NFC
    expect(validateSection(plan, 'background')).toEqual([]);
    plan.background.background = 'a'.repeat(BACKGROUND_MAX_CHARACTERS) + '😀';
    expect(validateSection(plan, 'background')).toEqual([
      { section: 'background', field: 'background', code: 'tooLong', severity: 'error', limit: 1000 }
    ]);
  });

  it('identity: title, embassy and a known region', () => {
    const plan = completePlan();
    plan.identity = { title: '', embassy: 'Tokyo', region: 'atlantis' as never };
    expect(brief(validateSection(plan, 'identity'))).toEqual(['identity title required', 'identity region unknownChoice atlantis']);
  });
});

describe('personal data warnings', () => {
  it('flags Finnish identity codes with a valid check character only', () => {
    expect(personalDataWarnings('Henkilötunnus 131052-308T.')).toEqual(['mayContainIdentityCode']);
    expect(personalDataWarnings('born 010594Y9032')).toEqual(['mayContainIdentityCode']); // new century sign (2023)
    expect(personalDataWarnings('131052-308A')).toEqual([]); // wrong check character
    expect(personalDataWarnings('Order 123456-789X')).toEqual([]);
  });

  it('flags phone numbers but not dates, years or amounts', () => {
    expect(personalDataWarnings('call +358 40 123 4567')).toEqual(['mayContainPhoneNumber']);
    expect(personalDataWarnings('puh. 040-1234567')).toEqual(['mayContainPhoneNumber']);
    expect(personalDataWarnings('(09) 1605 5555')).toEqual(['mayContainPhoneNumber']);
    expect(personalDataWarnings('On 01.02.2011 and in 2010 2011, 3 posts, 1000 merkkiä, HEL7M0123-45')).toEqual([]);
  });

  it('are warnings in the section of the field, with the row, and never block submitting', () => {
    const plan = completePlan();
    plan.people.updaters[0].experience = 'Reach her at +358 40 123 4567';
    const problems = validateSection(plan, 'people');
    expect(problems).toEqual([
      { section: 'people', field: 'updaters', code: 'mayContainPhoneNumber', severity: 'warning', row: 0, column: 'experience' }
    ]);
    expect(errorsOf(problems)).toEqual([]);
    expect(canSubmit(plan)).toBe(true);
  });
});

describe('drafts', () => {
  it('save incomplete, and over the background limit so nothing typed is lost', () => {
    const plan = emptyPlan();
    plan.background.background = 'x'.repeat(1500);
    expect(canSaveDraft(plan)).toBe(true);
    expect(draftProblems(plan)).toEqual([]);
    expect(canSubmit(plan)).toBe(false);
  });

  it('do not save what SharePoint cannot store', () => {
    const plan = emptyPlan();
    plan.identity.title = 'x'.repeat(STORAGE_LIMITS.singleLine + 1);
    plan.people.updaters = [{ person: aino, position: 'p', scope: '', experience: 'y'.repeat(STORAGE_LIMITS.multiLine + 1) }];
    expect(brief(draftProblems(plan))).toEqual(['identity title tooLong 255', 'people updaters tooLong 0 experience 63999']);
    expect(canSaveDraft(plan)).toBe(false);
    plan.identity.title = 'x'.repeat(STORAGE_LIMITS.singleLine);
    plan.people.updaters[0].experience = '';
    expect(canSaveDraft(plan)).toBe(true);
  });

  it('every part can be validated on its own', () => {
    PLAN_PARTS.forEach((part) => {
      expect(validateSection(completePlan(), part)).toEqual([]);
    });
  });
});
