/**
 * What a plan needs before it can be submitted, and the few limits that stop even a draft
 * from being saved. Results are codes, never sentences: the web part's loc maps
 * `PlanProblemCode` (with field, row and limit) to fi / sv / en text.
 */
import {
  AUDIENCES,
  CHANNELS,
  CONTENT_CATEGORIES,
  FREQUENCY_PERIODS,
  PLAN_PARTS,
  PLAN_PURPOSES,
  REGIONS,
  WEB_PAGE_RELATIONS,
  Channel,
  PersonRef,
  Plan,
  PlanField,
  PlanPart,
  samePerson
} from './plan';

export const PLAN_PROBLEM_CODES = [
  'required',
  'atLeastOne',
  'otherTextRequired',
  'unknownChoice',
  'duplicate',
  'invalidLanguage',
  'tooLong',
  'frequencyMissing',
  'frequencyChannelNotChosen',
  'amountInvalid',
  'publicNoticeRequired',
  'mayContainIdentityCode',
  'mayContainPhoneNumber'
] as const;
export type PlanProblemCode = (typeof PLAN_PROBLEM_CODES)[number];

/** Warnings are shown but never block saving or submitting. */
export type ProblemSeverity = 'error' | 'warning';

/** The part of a table row a problem points at. */
export type RowColumn = 'person' | 'position' | 'scope' | 'experience' | 'amount' | 'note';

export interface PlanProblem {
  section: PlanPart;
  field: PlanField;
  code: PlanProblemCode;
  severity: ProblemSeverity;
  /** The limit broken, for 'tooLong' (characters). */
  limit?: number;
  /** Index in a list field (languages, frequency rows, people rows). */
  row?: number;
  column?: RowColumn;
  /** For frequency problems: the channel concerned. */
  channel?: Channel;
  /** The offending value, for 'unknownChoice' and 'duplicate'. */
  value?: string;
}

/** Section 8: "Lyhyt kuvaus, max 1000 merkkiä". */
export const BACKGROUND_MAX_CHARACTERS = 1000;

/**
 * What the SharePoint fields can hold, in UTF-16 code units because that is what the server
 * counts. Only these block a draft save: anything else a half-written plan lacks may wait.
 */
export const STORAGE_LIMITS = {
  singleLine: 255,
  multiLine: 63999
} as const;

/** A frequency above this is a typo, not a plan (≈ one post every ten minutes for a month). */
export const MAX_FREQUENCY_AMOUNT = 5000;

/**
 * Characters as the writer counts them, for the form's 1000-character limit and the live
 * counter. `text.length` counts UTF-16 code units, so one emoji would cost two; counting code
 * points (Array.from) after NFC composition makes "é" typed as e + combining accent one
 * character, like the precomposed one. Line breaks count once whether stored as CRLF or LF.
 * Full grapheme clusters (Intl.Segmenter) are not used: their results differ between browser
 * versions, and a limit must give the same answer wherever the plan is opened.
 */
export function characterCount(text: string): number {
  return Array.from(text.replace(/\r\n/g, '\n').normalize('NFC')).length;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** A BCP 47 tag such as `fi`, `sv`, `en-GB`, `zh-Hant`. */
export function isLanguageTag(text: string): boolean {
  return LANGUAGE_TAG.test(text.trim());
}

// Finnish personal identity code: DDMMYY, century sign, individual number, check character.
// The check character is verified so that ordinary numbers are not flagged.
const IDENTITY_CODE = /(^|[^0-9A-Za-z])(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Za-z])(?![0-9A-Za-z])/g;
const IDENTITY_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
// A phone number starts with +, 00 or a 0 trunk prefix and has 7–15 digits. Dots are not
// separators here, so dates like 01.02.2011 are not taken for phone numbers.
const PHONE_NUMBER = /(^|[^0-9A-Za-z+])((?:\+|\(?0)[\d\s()-]{5,}\d)/g;

function isIdentityCode(digits: string, individual: string, check: string): boolean {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  return IDENTITY_CHECK.charAt(Number(digits + individual) % 31) === check.toUpperCase();
}

/**
 * A heuristic reminder that private persons' data must never be entered: the plan is read by
 * the whole foreign service and archived. It flags, it never blocks.
 */
export function personalDataWarnings(text: string): Array<'mayContainIdentityCode' | 'mayContainPhoneNumber'> {
  const found: Array<'mayContainIdentityCode' | 'mayContainPhoneNumber'> = [];
  let hasIdentityCode = false;
  const withoutCodes = text.replace(
    IDENTITY_CODE,
    (match: string, lead: string, digits: string, _century: string, individual: string, check: string) => {
      if (!isIdentityCode(digits, individual, check)) return match;
      hasIdentityCode = true;
      return lead + ' ';
    }
  );
  if (hasIdentityCode) found.push('mayContainIdentityCode');
  let match: RegExpExecArray | null;
  PHONE_NUMBER.lastIndex = 0;
  while ((match = PHONE_NUMBER.exec(withoutCodes)) !== null) {
    const digits = match[2].replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 15) {
      found.push('mayContainPhoneNumber');
      break;
    }
  }
  return found;
}

/** One piece of free text in the plan, with where it sits and what its field can hold. */
interface TextAt {
  field: PlanField;
  text: string;
  maxLength: number;
  row?: number;
  column?: RowColumn;
}

function textsOf(plan: Plan, part: PlanPart): TextAt[] {
  const one = STORAGE_LIMITS.singleLine;
  const many = STORAGE_LIMITS.multiLine;
  switch (part) {
    case 'identity':
      return [
        { field: 'title', text: plan.identity.title, maxLength: one },
        { field: 'embassy', text: plan.identity.embassy, maxLength: one }
      ];
    case 'channels':
      return [{ field: 'otherChannel', text: plan.channels.otherChannel, maxLength: one }];
    case 'audiences':
      return [
        { field: 'otherAudience', text: plan.audiences.otherAudience, maxLength: one },
        ...plan.audiences.languages.map((text, row): TextAt => ({ field: 'languages', text, maxLength: one, row })),
        { field: 'reasons', text: plan.audiences.reasons, maxLength: many }
      ];
    case 'goals':
      return [{ field: 'goals', text: plan.goals.goals, maxLength: many }];
    case 'content':
      return [
        { field: 'description', text: plan.content.description, maxLength: many },
        { field: 'otherCategory', text: plan.content.otherCategory, maxLength: one },
        ...plan.content.frequency.map((r, row): TextAt => ({ field: 'frequency', text: r.note, maxLength: one, row, column: 'note' })),
        { field: 'interaction', text: plan.content.interaction, maxLength: many }
      ];
    case 'webPages':
      return [{ field: 'details', text: plan.webPages.details, maxLength: many }];
    case 'people': {
      const p = plan.people;
      return [
        ...p.responsible.reduce<TextAt[]>(
          (all, r, row) =>
            all.concat([
              { field: 'responsible', text: r.position, maxLength: one, row, column: 'position' },
              { field: 'responsible', text: r.scope, maxLength: one, row, column: 'scope' }
            ]),
          []
        ),
        { field: 'coordination', text: p.coordination, maxLength: many },
        ...p.updaters.reduce<TextAt[]>(
          (all, u, row) =>
            all.concat([
              { field: 'updaters', text: u.position, maxLength: one, row, column: 'position' },
              { field: 'updaters', text: u.scope, maxLength: one, row, column: 'scope' },
              { field: 'updaters', text: u.experience, maxLength: many, row, column: 'experience' }
            ]),
          []
        ),
        { field: 'continuity', text: p.continuity, maxLength: many },
        { field: 'publicNotice', text: p.publicNotice, maxLength: many }
      ];
    }
    case 'metrics':
      return [{ field: 'metrics', text: plan.metrics.metrics, maxLength: many }];
    case 'background':
      return [{ field: 'background', text: plan.background.background, maxLength: many }];
  }
}

function blank(text: string): boolean {
  return text.trim().length === 0;
}

/** Collects the problems of one part; keeps each rule below to one line. */
class Problems {
  public readonly list: PlanProblem[] = [];
  public constructor(private readonly section: PlanPart) {}

  public error(field: PlanField, code: PlanProblemCode, extra?: Partial<PlanProblem>): void {
    this.list.push({ section: this.section, field, code, severity: 'error', ...extra });
  }

  public warning(field: PlanField, code: PlanProblemCode, extra?: Partial<PlanProblem>): void {
    this.list.push({ section: this.section, field, code, severity: 'warning', ...extra });
  }

  public required(field: PlanField, text: string): void {
    if (blank(text)) this.error(field, 'required');
  }

  /** A multi-choice: at least one, all known, and the "other" text when "other" is chosen. */
  public choices<T extends string>(
    field: PlanField,
    chosen: readonly T[],
    known: readonly T[],
    otherField: PlanField,
    otherText: string
  ): void {
    if (chosen.length === 0) this.error(field, 'atLeastOne');
    chosen.filter((c) => known.indexOf(c) < 0).forEach((value) => this.error(field, 'unknownChoice', { value }));
    chosen.filter((c, i) => chosen.indexOf(c) !== i).forEach((value) => this.error(field, 'duplicate', { value }));
    if (chosen.indexOf('other' as T) >= 0 && blank(otherText)) this.error(otherField, 'otherTextRequired');
  }

  public choice<T extends string>(field: PlanField, value: T | null, known: readonly T[]): void {
    if (value === null) this.error(field, 'required');
    else if (known.indexOf(value) < 0) this.error(field, 'unknownChoice', { value });
  }

  /** People tables: at least one row, each with a person and a position, nobody twice. */
  public people(field: PlanField, rows: ReadonlyArray<{ person: PersonRef | null; position: string }>): void {
    if (rows.length === 0) this.error(field, 'atLeastOne');
    rows.forEach((r, row) => {
      if (!r.person || blank(r.person.loginName)) this.error(field, 'required', { row, column: 'person' });
      else if (rows.slice(0, row).some((o) => o.person !== null && samePerson(o.person, r.person as PersonRef))) {
        this.error(field, 'duplicate', { row, column: 'person', value: r.person.loginName });
      }
      if (blank(r.position)) this.error(field, 'required', { row, column: 'position' });
    });
  }
}

function frequencyRules(plan: Plan, out: Problems): void {
  const chosen = plan.channels.channels;
  const rows = plan.content.frequency;
  // A dormant crisis profile publishes nothing until a crisis, so it owes no frequency.
  const active = plan.channels.purpose !== 'dormantCrisisProfile';
  rows.forEach((r, row) => {
    if (chosen.indexOf(r.channel) < 0) out.error('frequency', 'frequencyChannelNotChosen', { row, channel: r.channel });
    else if (rows.findIndex((o) => o.channel === r.channel) !== row)
      out.error('frequency', 'duplicate', { row, channel: r.channel, value: r.channel });
    if (r.amount === null) {
      if (active) out.error('frequency', 'required', { row, column: 'amount', channel: r.channel });
    } else if (!Number.isInteger(r.amount) || r.amount < (active ? 1 : 0) || r.amount > MAX_FREQUENCY_AMOUNT) {
      out.error('frequency', 'amountInvalid', { row, column: 'amount', channel: r.channel, limit: MAX_FREQUENCY_AMOUNT });
    }
    if (FREQUENCY_PERIODS.indexOf(r.per) < 0) out.error('frequency', 'unknownChoice', { row, channel: r.channel, value: r.per });
  });
  if (active) {
    CHANNELS.filter((c) => chosen.indexOf(c) >= 0 && !rows.some((r) => r.channel === c)).forEach((channel) =>
      out.error('frequency', 'frequencyMissing', { channel })
    );
  }
}

function submissionRules(plan: Plan, part: PlanPart, out: Problems): void {
  switch (part) {
    case 'identity':
      out.required('title', plan.identity.title);
      out.required('embassy', plan.identity.embassy);
      out.choice('region', plan.identity.region, REGIONS);
      return;
    case 'channels':
      out.choices('channels', plan.channels.channels, CHANNELS, 'otherChannel', plan.channels.otherChannel);
      out.choice('purpose', plan.channels.purpose, PLAN_PURPOSES);
      return;
    case 'audiences': {
      const a = plan.audiences;
      out.choices('audiences', a.audiences, AUDIENCES, 'otherAudience', a.otherAudience);
      if (a.languages.length === 0) out.error('languages', 'atLeastOne');
      a.languages.forEach((tag, row) => {
        if (!isLanguageTag(tag)) out.error('languages', 'invalidLanguage', { row, value: tag });
        else if (a.languages.findIndex((o) => o.trim().toLowerCase() === tag.trim().toLowerCase()) !== row) {
          out.error('languages', 'duplicate', { row, value: tag });
        }
      });
      out.required('reasons', a.reasons);
      return;
    }
    case 'goals':
      out.required('goals', plan.goals.goals);
      return;
    case 'content':
      out.required('description', plan.content.description);
      out.choices('categories', plan.content.categories, CONTENT_CATEGORIES, 'otherCategory', plan.content.otherCategory);
      frequencyRules(plan, out);
      out.required('interaction', plan.content.interaction);
      return;
    case 'webPages':
      out.choice('relation', plan.webPages.relation, WEB_PAGE_RELATIONS);
      if (plan.webPages.relation === 'other' && blank(plan.webPages.details)) out.error('details', 'otherTextRequired');
      return;
    case 'people': {
      const p = plan.people;
      out.people('responsible', p.responsible);
      out.required('coordination', p.coordination);
      out.people('updaters', p.updaters);
      p.updaters.forEach((u, row) => {
        if (blank(u.experience)) out.error('updaters', 'required', { row, column: 'experience' });
      });
      out.required('continuity', p.continuity);
      if (p.officeHoursOnly === null) out.error('officeHoursOnly', 'required');
      if (p.officeHoursOnly === true && blank(p.publicNotice)) out.error('publicNotice', 'publicNoticeRequired');
      return;
    }
    case 'metrics':
      out.required('metrics', plan.metrics.metrics);
      return;
    case 'background': {
      const text = plan.background.background;
      out.required('background', text);
      if (characterCount(text) > BACKGROUND_MAX_CHARACTERS) out.error('background', 'tooLong', { limit: BACKGROUND_MAX_CHARACTERS });
      return;
    }
  }
}

function storageRules(plan: Plan, part: PlanPart, out: Problems): void {
  textsOf(plan, part).forEach((t) => {
    if (t.text.length > t.maxLength) out.error(t.field, 'tooLong', { limit: t.maxLength, row: t.row, column: t.column });
  });
}

function privacyRules(plan: Plan, part: PlanPart, out: Problems): void {
  textsOf(plan, part).forEach((t) => {
    personalDataWarnings(t.text).forEach((code) => out.warning(t.field, code, { row: t.row, column: t.column }));
  });
}

function withoutUndefined(problem: PlanProblem): PlanProblem {
  const clean = { ...problem } as unknown as Record<string, unknown>;
  Object.keys(clean).forEach((k) => {
    if (clean[k] === undefined) delete clean[k];
  });
  return clean as unknown as PlanProblem;
}

/**
 * Everything one part needs before submitting, with the storage limits and the personal-data
 * warnings. Shown live as the writer moves through the form.
 */
export function validateSection(plan: Plan, section: PlanPart): PlanProblem[] {
  const out = new Problems(section);
  submissionRules(plan, section, out);
  storageRules(plan, section, out);
  privacyRules(plan, section, out);
  return out.list.map(withoutUndefined);
}

/** All parts in form order: what the Submit button checks. */
export function validatePlan(plan: Plan): PlanProblem[] {
  return PLAN_PARTS.reduce<PlanProblem[]>((all, part) => all.concat(validateSection(plan, part)), []);
}

export function errorsOf(problems: readonly PlanProblem[]): PlanProblem[] {
  return problems.filter((p) => p.severity === 'error');
}

export function canSubmit(plan: Plan): boolean {
  return errorsOf(validatePlan(plan)).length === 0;
}

/**
 * What stops a draft from being saved: only what SharePoint could not store. The background's
 * 1000-character limit is not among them — refusing the save would lose what was typed — it
 * is reported by `validatePlan` and stops the submit instead.
 */
export function draftProblems(plan: Plan): PlanProblem[] {
  return PLAN_PARTS.reduce<PlanProblem[]>((all, part) => {
    const out = new Problems(part);
    storageRules(plan, part, out);
    return all.concat(out.list.map(withoutUndefined));
  }, []);
}

export function canSaveDraft(plan: Plan): boolean {
  return draftProblems(plan).length === 0;
}

/** The problems of one field, e.g. to show next to its input. */
export function problemsOf(problems: readonly PlanProblem[], section: PlanPart, field: PlanField): PlanProblem[] {
  return problems.filter((p) => p.section === section && p.field === field);
}
