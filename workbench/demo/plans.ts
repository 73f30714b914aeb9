/**
 * Demo content for the Social media plans web part, written the way the real people would write
 * it: embassy authors (Tokyo, Stockholm, Washington) create and submit their plans through the
 * same PlanRepository the app uses, and the reviewer of the web communications team comments on
 * sections, asks for changes, approves and sends the start-up instructions. Everything goes
 * through @pnp/sp, so the permissions, the derived workflow and the times are the server's.
 *
 * The result has a plan in every state: a draft, a first submission waiting for review, one with
 * changes requested (comments on sections 2 and 6), one resubmitted after changes (two rounds, so
 * the round diff shows), an approved plan with the start-up instructions sent, an archived one
 * with its records-system reference, and a dormant crisis-readiness profile. Stockholm writes in
 * Swedish, as it would.
 */
import { PLAN_LISTS } from '../../src/lists/planLists';
import { SPFI } from '@pnp/sp';
import { Channel, FrequencyRow, PersonRef, Plan, SectionId, emptyPlan } from '../../src/domain/plans/plan';
import { errorsOf, validatePlan } from '../../src/domain/plans/validation';
import { createPlanServices, PlanServices } from '../../src/data/plans';
import { DemoPerson, loginOf } from './people';
// Static, not through the services' lazy import: see attachmentWrites.ts on Node's ESM loader.
import { AttachmentWrites } from '../../src/data/attachmentWrites';
import { demoFile, demoPdf } from './documents';
import { StartupTemplates } from '../../src/data/plans/startupTemplates';

const AINO = 'aino.virtanen@formin.example';
const LARS = 'lars.holmberg@formin.example';
const GRACE = 'grace.miller@formin.example';
const ERIK = 'erik.lindqvist@formin.example';

const row = (channel: Channel, amount: number | null, per: 'week' | 'month' = 'week', note = ''): FrequencyRow => ({
  channel,
  amount,
  per,
  note
});

/** The people tables of section 6, with the site's own user records. */
interface Staff {
  responsible: PersonRef;
  updater: PersonRef;
}

function tokyoFacebook(staff: Staff): Plan {
  const plan = emptyPlan();
  plan.identity = { title: 'Facebook page of the Embassy of Finland in Tokyo', embassy: 'Tokyo', region: 'asiaOceania' };
  plan.channels = { channels: ['facebook'], otherChannel: '', purpose: 'activeUse' };
  plan.audiences = {
    audiences: ['finnsInHostCountry', 'localPublic', 'mediaAndJournalists', 'smallCompanies'],
    otherAudience: '',
    languages: ['ja', 'en', 'fi'],
    reasons:
      'About 2,000 Finns live in Japan and most of them follow Facebook groups for Finns in Tokyo and Osaka. ' +
      'Japanese people interested in Finland (design, saunas, education) follow Finnish brands on Facebook; ' +
      'Japanese journalists use it to find event and press information in English.'
  };
  plan.goals.goals =
    'Make Finland known in Japan (design, technology, education, Moomins and sauna culture), ' +
    "tell Finns in Japan about consular services and elections, and draw visitors to the embassy's events and the Finland Festival. " +
    "In a crisis (earthquake, typhoon) the page is the embassy's fastest way to reach Finns who follow it.";
  plan.content = {
    description:
      'Posts in Japanese with an English summary; citizen service notices in Finnish. Photos from events, ' +
      "short news on Finnish companies in Japan and links to the embassy's web pages for anything longer.",
    categories: ['countryPromotion', 'citizenServices', 'events', 'crisisCommunication', 'tradeAndExportPromotion'],
    otherCategory: '',
    frequency: [row('facebook', 4, 'week', 'posts; photo albums after each event')],
    interaction:
      'Comments are read every working day and answered within two working days, in the language they were written in. ' +
      'Questions about passports or visas are answered with a link to the service pages; personal matters are moved to e-mail.'
  };
  plan.webPages = { relation: 'entryChannel', details: '' };
  plan.people = {
    responsible: [
      {
        person: staff.responsible,
        position: 'Counsellor, press and culture',
        scope: 'All content; Japanese-language posts approved by the local press officer'
      }
    ],
    coordination: "A 15-minute planning meeting every Monday: the week's posts are agreed in a shared calendar in Teams.",
    updaters: [
      {
        person: staff.updater,
        position: 'Counsellor, press and culture',
        scope: 'Finnish and English',
        experience: 'Ran the Facebook page of the Embassy in Seoul for three years.'
      }
    ],
    continuity:
      "Two people have admin rights at all times; the page's practices and passwords are in the handover file of the press section. " +
      'A new counsellor is added as administrator before the old one leaves.',
    officeHoursOnly: true,
    publicNotice:
      'このページは平日9時から17時まで確認しています。This page is followed on weekdays 9–17 (Tokyo time). In an emergency call +81 3 5447 6000.'
  };
  plan.metrics.metrics =
    'Followers and reach per month, event sign-ups coming from the page, questions answered within two working days, ' +
    'and the share of Japanese-language posts. Reported twice a year to the web communications team.';
  plan.background.background =
    'Japan has about 26 million monthly Facebook users, mostly professionals over 30; LINE, X and Instagram are ' +
    'more used by younger people. Internet use is almost universal and mostly on smartphones. Japanese media follow X for fast news, ' +
    'but Facebook is where embassies and companies keep their event calendars. Finnish embassies in the region (Seoul, Beijing) use Facebook with good results.';
  return plan;
}

function tokyoCrisisX(staff: Staff): Plan {
  const plan = emptyPlan();
  plan.identity = { title: 'X crisis-readiness profile, Embassy of Finland in Tokyo', embassy: 'Tokyo', region: 'asiaOceania' };
  plan.channels = { channels: ['x'], otherChannel: '', purpose: 'dormantCrisisProfile' };
  plan.audiences = {
    audiences: ['finnsInHostCountry', 'finnsAtHome', 'mediaAndJournalists'],
    otherAudience: '',
    languages: ['fi', 'sv', 'en'],
    reasons:
      'After an earthquake or tsunami telephone lines are jammed but X keeps working, as in 2011. Finns in Japan, their families ' +
      "in Finland and Finnish media look for the embassy's guidance there first."
  };
  plan.goals.goals =
    'Have a verified embassy account ready before a crisis, so that in a crisis instructions to Finns in Japan can be published within an hour ' +
    'without first building an audience or proving the account is genuine.';
  plan.content = {
    description:
      'Nothing is published in normal times except a pinned post saying the account is used for crisis communication. ' +
      "In a crisis: situation updates, instructions, contact details, and links to the ministry's travel advice.",
    categories: ['crisisCommunication', 'citizenServices'],
    otherCategory: '',
    frequency: [row('x', 0, 'month', 'in normal times; in a crisis as often as the situation needs')],
    interaction:
      'In normal times replies are not monitored. In a crisis the duty officer reads replies every hour and answers questions of general interest publicly.'
  };
  plan.webPages = { relation: 'complements', details: '' };
  plan.people = {
    responsible: [
      { person: staff.responsible, position: 'Counsellor, press and culture', scope: 'Crisis communication with the head of mission' }
    ],
    coordination:
      "The account is part of the embassy's preparedness plan and is tested in the yearly crisis exercise with the ministry's consular unit.",
    updaters: [
      {
        person: staff.updater,
        position: 'Counsellor, press and culture',
        scope: 'All posts',
        experience: 'Trained in crisis communication by the ministry in 2025; uses X privately.'
      }
    ],
    continuity:
      "The credentials are kept in the embassy's safe with the preparedness plan; the yearly exercise checks that at least two people can post.",
    officeHoursOnly: false,
    publicNotice: ''
  };
  plan.metrics.metrics =
    'In normal times: the account stays verified and is tested once a year. After a crisis: time to the first post, reach of instructions and questions received.';
  plan.background.background =
    'X remains the first place Japanese and international media look for news after an earthquake; the Japan Meteorological Agency ' +
    'and many embassies publish warnings there. A dormant profile keeps the name and verification ready without daily work.';
  return plan;
}

function tokyoInstagram(staff: Staff): Plan {
  const plan = emptyPlan();
  plan.identity = { title: 'Instagram for Finland in Japan', embassy: 'Tokyo', region: 'asiaOceania' };
  plan.channels = { channels: ['instagram'], otherChannel: '', purpose: 'activeUse' };
  plan.audiences = {
    audiences: ['localPublic', 'influencersAndBloggers'],
    otherAudience: '',
    languages: ['ja', 'en'],
    reasons:
      'Young Japanese adults, who travel and buy Finnish design, use Instagram more than Facebook; Japanese lifestyle bloggers share Finnish design there.'
  };
  plan.goals.goals =
    'Reach Japanese people under 35 with images of Finnish design, nature and everyday life, and support Visit Finland and Business Finland campaigns in Japan.';
  plan.content = {
    description:
      "Photos and short videos from Finland and from Finnish events in Japan; stories from the embassy's residence during design week.",
    categories: ['countryPromotion', 'events'],
    otherCategory: '',
    frequency: [row('instagram', 3, 'week', 'posts; stories during events')],
    interaction: 'Comments are answered on weekdays in Japanese; questions about travel are answered with a link to Visit Finland.'
  };
  plan.webPages = { relation: 'complements', details: '' };
  plan.people = {
    responsible: [{ person: staff.responsible, position: 'Counsellor, press and culture', scope: 'All content' }],
    coordination: 'Posts are planned with the Facebook page in the same Monday meeting.',
    updaters: [
      {
        person: staff.updater,
        position: 'Counsellor, press and culture',
        scope: 'Japanese and English',
        experience: "Uses Instagram privately; took the ministry's social media course."
      }
    ],
    continuity: 'As for the Facebook page: two administrators and the handover file.',
    officeHoursOnly: true,
    publicNotice: 'We read comments on weekdays 9–17 (Tokyo time).'
  };
  plan.metrics.metrics = "Followers, saves and shares per month; visits to the embassy's pages from the profile link.";
  plan.background.background =
    'Instagram has about 66 million users in Japan, the largest share among people aged 20–39. It is the main channel for travel and design inspiration.';
  return plan;
}

function stockholm(staff: Staff): Plan {
  const plan = emptyPlan();
  plan.identity = { title: 'Facebook och Instagram för Finlands ambassad i Stockholm', embassy: 'Stockholm', region: 'europe' };
  plan.channels = { channels: ['facebook', 'instagram'], otherChannel: '', purpose: 'activeUse' };
  plan.audiences = {
    audiences: ['finnsInHostCountry', 'localPublic', 'mediaAndJournalists', 'ngos'],
    otherAudience: '',
    languages: ['sv', 'fi'],
    reasons:
      'Sverigefinnarna är en nationell minoritet på över 700 000 personer och följer sina föreningar på Facebook. ' +
      'Svenska journalister och kulturpublik når vi bäst med bilder på Instagram.'
  };
  plan.goals.goals =
    'Stärka kontakten till sverigefinnarna och deras organisationer, berätta om ambassadens kultur- och näringslivsevenemang ' +
    'och informera om medborgartjänster (pass, val i Finland).';
  plan.content = {
    description: 'Korta nyheter, evenemang i Finlandsinstitutet och på residenset, påminnelser om passdagar och val, bilder från besök.',
    categories: ['countryPromotion', 'citizenServices', 'events', 'stakeholderCooperation'],
    otherCategory: '',
    frequency: [row('facebook', 3, 'week'), row('instagram', 8, 'month', 'nya bilder')],
    interaction: 'Kommentarer besvaras vardagar inom två arbetsdagar, på svenska eller finska. Personliga ärenden hänvisas till e-post.'
  };
  plan.webPages = { relation: 'entryChannel', details: '' };
  plan.people = {
    responsible: [{ person: staff.responsible, position: 'Pressråd', scope: 'Allt innehåll' }],
    coordination: 'Veckomöte med presssektionen och Finlandsinstitutet; gemensam kalender i Teams.',
    updaters: [
      {
        person: staff.updater,
        position: 'Pressråd',
        scope: 'Svenska och finska',
        experience: 'Har skött ambassadens Facebooksida sedan 2024.'
      }
    ],
    continuity: 'Två administratörer på varje kanal; rutinerna finns i presssektionens överlämningspärm.',
    officeHoursOnly: true,
    publicNotice: 'Sidan följs upp vardagar kl. 9–16. / Sivua seurataan arkisin klo 9–16.'
  };
  plan.metrics.metrics = 'Följare och räckvidd per månad, deltagare på evenemang som anmält sig via kanalerna, antal besvarade frågor.';
  plan.background.background =
    'Nästan alla svenskar använder internet; Facebook används av cirka 70 % av vuxna och Instagram av över hälften, ' +
    'särskilt de under 40. Sverigefinska föreningar och medier (Sisuradio, Ruotsin Suomalainen) är aktiva på Facebook.';
  return plan;
}

function stockholmLinkedIn(staff: Staff): Plan {
  const plan = emptyPlan();
  plan.identity = { title: 'LinkedIn för Team Finland i Sverige', embassy: 'Stockholm', region: 'europe' };
  plan.channels = { channels: ['linkedIn'], otherChannel: '', purpose: 'activeUse' };
  plan.audiences = {
    audiences: ['largeCompanies', 'smallCompanies', 'foreignServiceColleagues'],
    otherAudience: '',
    languages: ['sv', 'en'],
    reasons: 'Svenska och finska företag i Sverige och beslutsfattare inom energi och försvarsindustri finns på LinkedIn.'
  };
  plan.goals.goals =
    'Stödja Team Finlands export- och investeringsfrämjande i Sverige och synliggöra finska företag på den svenska marknaden.';
  plan.content = {
    description:
      'Nyheter om finska företag i Sverige, inbjudningar till Team Finland-seminarier, korta inlägg om samarbetet inom Nato och energi.',
    categories: ['tradeAndExportPromotion', 'stakeholderCooperation'],
    otherCategory: '',
    frequency: [row('linkedIn', 2, 'week')],
    interaction: 'Kommentarer besvaras inom en arbetsdag; kontakter från företag förmedlas till Business Finland.'
  };
  plan.webPages = { relation: 'complements', details: '' };
  plan.people = {
    responsible: [{ person: staff.responsible, position: 'Pressråd', scope: 'Allt innehåll' }],
    coordination: 'Samordnas med Business Finlands kontor i Stockholm vid månatliga Team Finland-möten.',
    updaters: [{ person: staff.updater, position: 'Pressråd', scope: 'Svenska och engelska', experience: 'Aktiv på LinkedIn sedan 2018.' }],
    continuity: 'Business Finland har också administratörsrätt; rutinerna finns i överlämningspärmen.',
    officeHoursOnly: true,
    publicNotice: 'Vi svarar vardagar kl. 9–16.'
  };
  plan.metrics.metrics = 'Följare bland företag, deltagare på seminarier via LinkedIn, kontakter förmedlade till Business Finland.';
  plan.background.background =
    'LinkedIn har omkring fem miljoner användare i Sverige och är den viktigaste kanalen för näringslivet och offentliga beslutsfattare.';
  return plan;
}

function washington(staff: Staff): Plan {
  const plan = emptyPlan();
  plan.identity = { title: 'X and LinkedIn for the Embassy of Finland in Washington', embassy: 'Washington', region: 'americas' };
  plan.channels = { channels: ['x', 'linkedIn'], otherChannel: '', purpose: 'activeUse' };
  plan.audiences = {
    audiences: ['mediaAndJournalists', 'largeCompanies', 'ngos', 'influencersAndBloggers'],
    otherAudience: '',
    languages: ['en'],
    reasons:
      'Congressional staff, think tanks and Washington journalists follow foreign policy on X; US companies and investors are on LinkedIn.'
  };
  plan.goals.goals = "Raise Finland's profile in US foreign and security policy debate.";
  plan.content = {
    description:
      "Statements and visits of the ambassador, Finland's positions on transatlantic security, and invitations to think-tank events " +
      'at the embassy; on LinkedIn, trade and investment news and Team Finland events.',
    categories: ['countryPromotion', 'mediaCooperation', 'tradeAndExportPromotion', 'events'],
    otherCategory: '',
    frequency: [row('x', 7, 'week'), row('linkedIn', 2, 'week')],
    interaction:
      "Replies and mentions are read twice a day on weekdays. Policy questions are answered with the ministry's published positions; " +
      "media requests are moved to the press attaché's e-mail."
  };
  plan.webPages = { relation: 'complements', details: '' };
  plan.people = {
    responsible: [
      {
        person: staff.responsible,
        position: 'Press and public affairs officer (local staff)',
        scope: "All content; ambassador's posts cleared by the deputy head of mission"
      }
    ],
    coordination: 'Daily morning meeting of the public diplomacy team; a weekly content plan shared with Business Finland.',
    updaters: [
      {
        person: staff.updater,
        position: 'Press and public affairs officer (local staff)',
        scope: 'X and LinkedIn',
        experience: 'Ten years of social media work for a Washington think tank.'
      }
    ],
    continuity: "Local staff provide continuity across diplomats' postings; a second administrator is always one of the diplomats.",
    officeHoursOnly: true,
    publicNotice: 'This account is monitored Monday–Friday, 9 am – 5 pm Eastern Time.'
  };
  plan.metrics.metrics = 'Followers and engagement per month.';
  plan.background.background =
    'Almost everyone in the US is online. X remains the main channel of the Washington policy community and journalists, ' +
    'although part of it has moved to other services; LinkedIn has over 200 million US members and is where companies follow trade news.';
  return plan;
}

function washingtonFacebook(staff: Staff): Plan {
  const plan = emptyPlan();
  plan.identity = { title: 'Facebook and Instagram for Finland in the US', embassy: 'Washington', region: 'americas' };
  plan.channels = { channels: ['facebook', 'instagram'], otherChannel: '', purpose: 'activeUse' };
  plan.audiences = {
    audiences: ['finnsInHostCountry', 'localPublic'],
    otherAudience: 'Finnish-Americans in the Midwest and the Pacific Northwest',
    languages: ['en', 'fi'],
    reasons:
      'Finnish-American societies and Finns in the US organise on Facebook; Instagram reaches a younger audience interested in Finnish culture and sauna.'
  };
  plan.audiences.audiences.push('other');
  plan.goals.goals =
    'Keep in touch with Finns and Finnish-Americans across the US, promote Finnish culture and tell about consular services (passport tours, elections).';
  plan.content = {
    description:
      "Events at the embassy and the consulate in New York, passport tours, election information, Finland's Independence Day, cultural news.",
    categories: ['countryPromotion', 'citizenServices', 'events'],
    otherCategory: '',
    frequency: [row('facebook', 3, 'week'), row('instagram', 2, 'week', 'posts and stories')],
    interaction:
      'Comments are answered on weekdays within two working days; passport questions are answered with a link to the service pages.'
  };
  plan.webPages = { relation: 'entryChannel', details: '' };
  plan.people = {
    responsible: [{ person: staff.responsible, position: 'Press and public affairs officer (local staff)', scope: 'All content' }],
    coordination: 'The weekly content plan of the public diplomacy team; the consulate in New York sends its events every Friday.',
    updaters: [
      {
        person: staff.updater,
        position: 'Press and public affairs officer (local staff)',
        scope: 'English',
        experience: "Runs the embassy's event marketing."
      }
    ],
    continuity: "Local staff and one diplomat are administrators; the practices are in the team's handover notes.",
    officeHoursOnly: true,
    publicNotice: 'This page is monitored Monday–Friday, 9 am – 5 pm Eastern Time.'
  };
  plan.metrics.metrics =
    'Followers and reach per month, participants in passport tours who heard of them on the channels, questions answered.';
  plan.background.background =
    'About 70 % of US adults use Facebook and half use Instagram. Finnish-American organisations are most active on Facebook.';
  return plan;
}

function assertComplete(plan: Plan): void {
  const errors = errorsOf(validatePlan(plan));
  if (errors.length > 0)
    throw new Error(
      `demo plan "${plan.identity.title}" is incomplete: ${errors.map((e) => `${e.section}.${e.field} ${e.code}`).join(', ')}`
    );
}

/**
 * Writes the demo plans. `spAs(email)` is a PnPjs client acting as that person. `now` is not
 * needed for the times (the server stamps every event) but keeps the seeders' shape.
 */
export async function seedPlans(spAs: (email: string) => SPFI, people: DemoPerson[], now: Date): Promise<string> {
  const known = new Set(people.map((p) => p.email));
  [AINO, LARS, GRACE, ERIK].forEach((email) => {
    if (!known.has(email)) throw new Error(`demo person ${email} is missing`);
  });
  const as = (email: string): PlanServices => createPlanServices(spAs(email));
  const staffOf = async (email: string): Promise<Staff> => {
    const me = await as(email).people.ensure(loginOf(email));
    return { responsible: me, updater: me };
  };
  const [tokyo, sthlm, dc] = [await staffOf(AINO), await staffOf(LARS), await staffOf(GRACE)];
  const reviewer = as(ERIK).repository;

  /** An author creates the plan and (unless it stays a draft) submits it. */
  const write = async (
    email: string,
    plan: Plan,
    submit: boolean,
    comment = '',
    attach: Array<[string, string, string[]]> = []
  ): Promise<number> => {
    assertComplete(plan);
    const repository = as(email).repository;
    const { id } = await repository.create(plan);
    // Supporting material, attached by the author before submitting.
    for (const [name, title, lines] of attach) {
      await new AttachmentWrites(spAs(email), PLAN_LISTS.plans.title).add(id, demoFile(name, demoPdf(title, lines)));
    }
    if (submit) {
      const detail = await repository.load(id);
      await repository.submit(detail, plan, detail.etag, comment);
    }
    return id;
  };
  const review = async (
    id: number,
    comments: Array<[SectionId | undefined, string]>,
    decision?: 'requestChanges' | 'approve' | 'sendStartupInstructions',
    text = ''
  ): Promise<void> => {
    for (const [section, comment] of comments) await reviewer.comment(await reviewer.load(id), comment, section);
    if (decision) await reviewer.decide(await reviewer.load(id), decision, text);
  };

  // The reviewers' start-up texts per channel, which each message starts from.
  const templates = new StartupTemplates(spAs(ERIK));
  for (const [channel, text] of [
    [
      'facebook',
      "Name the page \"Finland in <city>\" (Suomi <kaupunki>, Finland i <stad>) and use the ministry's profile picture and cover template. Send the page's address to the web communications team, which asks Meta to verify it. Add the embassy's head of mission and the web team as page admins."
    ],
    [
      'instagram',
      "Use the account name finlandin<city>, the ministry's profile picture and the visual guidelines. Link the account to the Facebook page in Meta Business Suite. Send the address to the web communications team."
    ],
    [
      'x',
      "Use the handle @FinlandIn<City> and the ministry's profile picture. Apply for the grey government badge through the web communications team; keep the login with the preparedness plan."
    ],
    [
      'linkedIn',
      'Create a showcase page under "Ministry for Foreign Affairs of Finland" (ask the web communications team for admin rights); do not open a separate company page.'
    ]
  ] as const) {
    await templates.save({ channel, instructions: '' }, text);
  }

  // In the order things happened: the oldest plans first.
  const archived = await write(AINO, tokyoFacebook(tokyo), true, 'Our Facebook plan, agreed with the head of mission.');
  await review(archived, [], 'approve', 'A clear plan. Approved.');
  await review(
    archived,
    [],
    'sendStartupInstructions',
    'Start-up instructions sent by e-mail: page naming, verification and the crisis checklist.'
  );
  const filed = await as(AINO).repository.load(archived);
  await as(AINO).repository.archive(filed, 'HEL7M0412-26', 'Filed in the records system.');

  const dormant = await write(
    AINO,
    tokyoCrisisX(tokyo),
    true,
    'Dormant profile for earthquakes and typhoons, as agreed with the consular unit.'
  );
  await review(
    dormant,
    [[undefined, 'Good that the credentials are kept with the preparedness plan.']],
    'approve',
    'Approved as a dormant crisis-readiness profile.'
  );
  await review(
    dormant,
    [],
    'sendStartupInstructions',
    'Instructions for reserving and verifying the account sent; the pinned post text is in the crisis manual.'
  );

  const approved = await write(GRACE, washingtonFacebook(dc), true, 'Plan for Facebook and Instagram, with the consulate in New York.', [
    [
      'Audience survey 2026.pdf',
      'Audience survey 2026',
      ['Survey of 412 followers, March 2026.', 'Most read: consular news, culture events, study in Finland.']
    ]
  ]);
  await review(approved, [], 'approve', "Approved. Please add the consulate's events to the shared calendar.");
  await review(
    approved,
    [],
    'sendStartupInstructions',
    "Start-up instructions sent: naming, the ministry's visual guidelines and the moderation policy."
  );

  const changes = await write(LARS, stockholm(sthlm), true, 'Vår plan för Facebook och Instagram.');
  await review(
    changes,
    [
      [
        'audiences',
        'Nämn också finländare som studerar eller arbetar tillfälligt i Sverige: de följer ambassaden för att få information om val och pass.'
      ],
      ['people', 'Endast en person sköter båda kanalerna. Vem ersätter under semestrar? Lägg till en andra uppdaterare.']
    ],
    'requestChanges',
    'Bra plan i övrigt – se kommentarerna till avsnitt 2 och 6.'
  );

  const waiting = await write(LARS, stockholmLinkedIn(sthlm), true, 'LinkedIn tillsammans med Business Finland.', [
    [
      'Business Finland samarbete.pdf',
      'Cooperation with Business Finland',
      ['Who posts what on LinkedIn: the embassy and Business Finland Stockholm.', 'Shared calendar of trade events, spring 2027.']
    ],
    [
      'Målgrupper LinkedIn 2026.pdf',
      'Target audiences on LinkedIn, 2026',
      ['Swedish companies in energy, forest industry and ICT.', 'Finnish companies in Sweden and their staff.']
    ]
  ]);

  const washingtonPlan = washington(dc);
  const resubmitted = await write(GRACE, washingtonPlan, true, 'First version of our X and LinkedIn plan.');
  await review(
    resubmitted,
    [
      ['goals', "The goal is very general. What should the channels achieve, and how does it support the embassy's work plan?"],
      ['metrics', 'Followers alone do not show whether the goals are met. Add metrics tied to the goals.']
    ],
    'requestChanges',
    'Please sharpen the goals and the metrics (sections 3 and 7).'
  );
  const revised: Plan = {
    ...washingtonPlan,
    goals: {
      goals:
        "Raise Finland's profile in US foreign and security policy debate: make Finland's positions on NATO, the Arctic and Ukraine " +
        'known to Congressional staff, think tanks and journalists, and bring US companies to Team Finland events on energy and defence industry.'
    },
    metrics: {
      metrics:
        'Followers and engagement per month; mentions by think tanks and journalists; registrations to embassy events coming from the channels; ' +
        'contacts passed to Business Finland. Reported every six months against the goals in section 3.'
    }
  };
  assertComplete(revised);
  const grace = as(GRACE).repository;
  const before = await grace.load(resubmitted);
  const saved = await grace.saveDraft(resubmitted, revised, before.etag);
  await grace.submit(await grace.load(resubmitted), revised, saved.etag, 'Goals and metrics rewritten as asked.');

  const draft = await write(AINO, tokyoInstagram(tokyo), false);

  // The demo's history happened before anyone could be told by e-mail: its events owe no message.
  for (const email of [AINO, LARS, GRACE, ERIK]) await markNotified(spAs(email), now);

  const ids = [draft, waiting, changes, resubmitted, approved, archived, dormant];
  return (
    `${ids.length} social media plans (1 draft, 2 waiting for review — 1 resubmitted, 1 with changes requested, 2 approved — 1 a dormant crisis profile, 1 archived) ` +
    `as of ${now.toISOString().slice(0, 10)}`
  );
}

/** Records every submit and decision the person wrote as told (NotifiedAt), as if its e-mail had gone. */
async function markNotified(sp: SPFI, now: Date): Promise<void> {
  const me = await sp.web.currentUser.select('Id')<{ Id: number }>();
  for (const title of [PLAN_LISTS.planRounds.title, PLAN_LISTS.planReviews.title]) {
    const rows = await sp.web.lists.getByTitle(title).items.filter(`AuthorId eq ${me.Id}`).select('Id').top(500)<Array<{ Id: number }>>();
    for (const row of rows) await sp.web.lists.getByTitle(title).items.getById(row.Id).update({ NotifiedAt: now.toISOString() });
  }
}
