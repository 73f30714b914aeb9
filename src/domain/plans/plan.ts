/**
 * The social media communication plan an embassy submits for review.
 *
 * The eight sections follow the action plan's form template
 * ("Sosiaalisen median viestintäsuunnitelmalomake [edustusto]", 2011) section by section,
 * so a reviewer who knows the paper form finds everything in the same place and order.
 * Choices are stable ids; their fi / sv / en labels live in the web part's loc files.
 */

/** A SharePoint user, as the people picker and the REST API give it. */
export interface PersonRef {
  /** Site user id; absent until the user has been ensured on the site. */
  id?: number;
  /** Claims login name, e.g. `i:0#.f|membership|anna@contoso.fi`; the identity we compare on. */
  loginName: string;
  /** Display name, for showing only (it can change). */
  title: string;
}

/** 1. "Mitä sosiaalisen median välinettä/välineitä tämä suunnitelma koskee?" */
export type Channel = 'facebook' | 'x' | 'instagram' | 'linkedIn' | 'youtube' | 'flickr' | 'blog' | 'other';
export const CHANNELS: readonly Channel[] = ['facebook', 'x', 'instagram', 'linkedIn', 'youtube', 'flickr', 'blog', 'other'];

/**
 * Step 1 of "Sosiaalisen median käyttöönotto edustustoissa": an embassy either starts using a
 * channel, or creates a profile in advance that stays unused until a crisis needs it.
 */
export type PlanPurpose = 'activeUse' | 'dormantCrisisProfile';
export const PLAN_PURPOSES: readonly PlanPurpose[] = ['activeUse', 'dormantCrisisProfile'];

/** 2. "Kohderyhmät" — the examples the mission lists, plus a free "other". */
export type Audience =
  | 'finnsInHostCountry'
  | 'finnsAtHome'
  | 'mediaAndJournalists'
  | 'influencersAndBloggers'
  | 'smallCompanies'
  | 'largeCompanies'
  | 'ngos'
  | 'localPublic'
  | 'foreignServiceColleagues'
  | 'other';
export const AUDIENCES: readonly Audience[] = [
  'finnsInHostCountry',
  'finnsAtHome',
  'mediaAndJournalists',
  'influencersAndBloggers',
  'smallCompanies',
  'largeCompanies',
  'ngos',
  'localPublic',
  'foreignServiceColleagues',
  'other'
];

/**
 * 4A. The content categories the form names: Suomi-promootio, palvelut, tapahtumatiedotus,
 * kriisiviestintä, VKE-toiminta (trade and export promotion), mediayhteistyö,
 * kehitysyhteistyö, sidosryhmäyhteistyö, "yms." (other).
 */
export type ContentCategory =
  | 'countryPromotion'
  | 'citizenServices'
  | 'events'
  | 'crisisCommunication'
  | 'tradeAndExportPromotion'
  | 'mediaCooperation'
  | 'developmentCooperation'
  | 'stakeholderCooperation'
  | 'other';
export const CONTENT_CATEGORIES: readonly ContentCategory[] = [
  'countryPromotion',
  'citizenServices',
  'events',
  'crisisCommunication',
  'tradeAndExportPromotion',
  'mediaCooperation',
  'developmentCooperation',
  'stakeholderCooperation',
  'other'
];

/** 4B. Frequency is counted per week or per month ("postausta viikossa", "kuvia ... kuukaudessa"). */
export type FrequencyPeriod = 'week' | 'month';
export const FREQUENCY_PERIODS: readonly FrequencyPeriod[] = ['week', 'month'];

/** 4B. One row per chosen channel. */
export interface FrequencyRow {
  channel: Channel;
  /** How many per period; null while not yet filled in. */
  amount: number | null;
  per: FrequencyPeriod;
  /** What is counted when it is not plain posts, e.g. "new photos". */
  note: string;
}

/** 5. "Suhde edustuston verkkosivuihin (sisäänheittokanava, täydentää ..., ei suhdetta yms.)" */
export type WebPageRelation = 'entryChannel' | 'complements' | 'noRelation' | 'other';
export const WEB_PAGE_RELATIONS: readonly WebPageRelation[] = ['entryChannel', 'complements', 'noRelation', 'other'];

/**
 * Regions follow the ministry's regional departments (Europe; Russia, Eastern Europe and
 * Central Asia; the Americas; Asia and Oceania; Africa and the Middle East), with the Americas
 * and Asia apart because they are far apart for reviewers' filtering. Permanent missions to
 * international organisations (EU, UN, OSCE…) have no region, hence `multilateral`.
 */
export type Region = 'europe' | 'russiaEasternEuropeCentralAsia' | 'americas' | 'asiaOceania' | 'africaMiddleEast' | 'multilateral';
export const REGIONS: readonly Region[] = [
  'europe',
  'russiaEasternEuropeCentralAsia',
  'americas',
  'asiaOceania',
  'africaMiddleEast',
  'multilateral'
];

/** 6A. Someone who answers for the content ("päävastuussa sisällöllisesti/viestinnällisesti"). */
export interface ResponsiblePerson {
  person: PersonRef | null;
  position: string;
  /** The content type or language they answer for, when different people share the work. */
  scope: string;
}

/** 6B. Someone who does the updates in practice. */
export interface Updater {
  person: PersonRef | null;
  position: string;
  scope: string;
  /** "minkälaista kokemusta henkilöllä on kyseisen sosiaalisen median välineen käytöstä" */
  experience: string;
}

/** Who the plan is from; not part of the numbered form but needed to find and file it. */
export interface PlanIdentity {
  title: string;
  embassy: string;
  region: Region | null;
}

export interface ChannelsSection {
  channels: Channel[];
  otherChannel: string;
  purpose: PlanPurpose | null;
}

export interface AudiencesSection {
  audiences: Audience[];
  otherAudience: string;
  /** BCP 47 language tags (fi, sv, en, the host country's languages…). */
  languages: string[];
  /** "Perustelut miksi nämä kohderyhmät tavoitetaan ko. sosiaalisen median välineen avulla." */
  reasons: string;
}

export interface GoalsSection {
  goals: string;
}

export interface ContentSection {
  description: string;
  categories: ContentCategory[];
  otherCategory: string;
  frequency: FrequencyRow[];
  interaction: string;
}

export interface WebPagesSection {
  relation: WebPageRelation | null;
  /** Free explanation; required when the relation is "other". */
  details: string;
}

export interface PeopleSection {
  responsible: ResponsiblePerson[];
  /** 6A. "Kuinka teknisten vastuullisten (6B) koordinointi/ohjaus hoidetaan?" */
  coordination: string;
  updaters: Updater[];
  /** 6C. "Miten turvataan ylläpidon jatkuvuus, kun henkilöt vaihtuvat?" */
  continuity: string;
  /** null until answered: the plan must say one way or the other. */
  officeHoursOnly: boolean | null;
  /** The notice shown to the public when the channel is looked after in office hours only. */
  publicNotice: string;
}

export interface MetricsSection {
  metrics: string;
}

export interface BackgroundSection {
  background: string;
}

export interface Plan {
  identity: PlanIdentity;
  channels: ChannelsSection;
  audiences: AudiencesSection;
  goals: GoalsSection;
  content: ContentSection;
  webPages: WebPagesSection;
  people: PeopleSection;
  metrics: MetricsSection;
  background: BackgroundSection;
}

/** The eight form sections, in the form's order. */
export type SectionId = 'channels' | 'audiences' | 'goals' | 'content' | 'webPages' | 'people' | 'metrics' | 'background';
export const SECTION_IDS: readonly SectionId[] = [
  'channels',
  'audiences',
  'goals',
  'content',
  'webPages',
  'people',
  'metrics',
  'background'
];

/** The form's own numbering, for headings and the printable view. */
export const SECTION_NUMBERS: Readonly<Record<SectionId, number>> = {
  channels: 1,
  audiences: 2,
  goals: 3,
  content: 4,
  webPages: 5,
  people: 6,
  metrics: 7,
  background: 8
};

/** The identity block plus the eight sections: everything a problem or a change can point at. */
export type PlanPart = 'identity' | SectionId;
export const PLAN_PARTS: readonly PlanPart[] = ['identity', ...SECTION_IDS];

/** The field names of one part, e.g. `PartField<'people'>` = 'responsible' | 'coordination' | …. */
export type PartField<P extends PlanPart> = keyof Plan[P] & string;
/** Any field name of any part. */
export type PlanField = { [P in PlanPart]: PartField<P> }[PlanPart];

/**
 * Which fields belong to which part, in the order the form shows them. Sub-section letters
 * (4A/4B/4C, 6A/6B/6C) are given by `SUBSECTION_OF`.
 */
export const PART_FIELDS: { readonly [P in PlanPart]: readonly PartField<P>[] } = {
  identity: ['title', 'embassy', 'region'],
  channels: ['channels', 'otherChannel', 'purpose'],
  audiences: ['audiences', 'otherAudience', 'languages', 'reasons'],
  goals: ['goals'],
  content: ['description', 'categories', 'otherCategory', 'frequency', 'interaction'],
  webPages: ['relation', 'details'],
  people: ['responsible', 'coordination', 'updaters', 'continuity', 'officeHoursOnly', 'publicNotice'],
  metrics: ['metrics'],
  background: ['background']
};

/** Lists the fields of a part; a function so callers need not know the table's shape. */
export function fieldsOf<P extends PlanPart>(part: P): readonly PartField<P>[] {
  return PART_FIELDS[part];
}

/** The form's sub-section letter of a field, where it has one (4A, 6C…). */
export const SUBSECTION_OF: Readonly<Partial<Record<PlanField, string>>> = {
  description: '4A',
  categories: '4A',
  otherCategory: '4A',
  frequency: '4B',
  interaction: '4C',
  responsible: '6A',
  coordination: '6A',
  updaters: '6B',
  continuity: '6C'
};

export function emptyPlan(): Plan {
  return {
    identity: { title: '', embassy: '', region: null },
    channels: { channels: [], otherChannel: '', purpose: null },
    audiences: { audiences: [], otherAudience: '', languages: [], reasons: '' },
    goals: { goals: '' },
    content: { description: '', categories: [], otherCategory: '', frequency: [], interaction: '' },
    webPages: { relation: null, details: '' },
    people: { responsible: [], coordination: '', updaters: [], continuity: '', officeHoursOnly: null, publicNotice: '' },
    metrics: { metrics: '' },
    background: { background: '' }
  };
}

export function emptyFrequencyRow(channel: Channel): FrequencyRow {
  return { channel, amount: null, per: 'week', note: '' };
}

/**
 * The 4B rows to show after the channel choice changed: one per chosen channel in the
 * channel list's order, keeping what was typed for channels still chosen. Rows of channels no
 * longer chosen are dropped, because a frequency for a channel the plan no longer covers would
 * be reviewed and archived as if it were part of the plan.
 */
export function frequencyRowsFor(channels: readonly Channel[], rows: readonly FrequencyRow[]): FrequencyRow[] {
  return CHANNELS.filter((c) => channels.indexOf(c) >= 0).map((c) => {
    const kept = rows.find((r) => r.channel === c);
    return kept ? { ...kept } : emptyFrequencyRow(c);
  });
}

/** Two people are the same when their (non-empty) login names match; display names and ids may differ. */
export function samePerson(a: PersonRef, b: PersonRef): boolean {
  const key = a.loginName.trim().toLowerCase();
  return key !== '' && key === b.loginName.trim().toLowerCase();
}

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value === undefined ? null : value);
}

/**
 * A short fingerprint of the plan's content (53-bit cyrb53 hash, hex). Submit and decision
 * events record it, so an edit made after submitting — which the lists cannot forbid, since the
 * author keeps write access to their own item — shows up. It detects changes; it is not a
 * signature.
 */
export function planFingerprint(plan: Plan): string {
  const text = canonicalJson(plan);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash.toString(16).padStart(14, '0');
}
