/**
 * Demo content for "Blogs and good practices", written the way people would write it: the site
 * owner creates three blogs (a person's, the Tokyo embassy's, the Communications Department's)
 * through BlogRepository; each blog's writers publish through PostRepository; colleagues comment
 * and like through the same repositories. Everything goes through @pnp/sp as the person, so the
 * server's permissions apply (only a blog's writers can post in it).
 *
 * The stories are the action plan's own examples of crisis communication — the 2010 ash cloud,
 * the Bangkok and Cairo unrest, the 2011 Japan earthquake — retold for this demo in English,
 * Finnish and Swedish. Figures appear only where the action plan gives them (~2,000 Finns).
 */
import { DEMO_PICTURE_SIZE, demoPicture, DemoScene } from './pictures';
import { JSDOM } from 'jsdom';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { Channel, GoodPractice, Licence, Post, PostKind, PostLanguage } from '../../src/domain/feed';
import { FeedService, StoredBlog, StoredPost } from '../../src/data/feed';
import { DEMO_ADMIN, DemoPerson } from './people';

const DAY = 24 * 60 * 60 * 1000;

interface DemoPost {
  blog: 'person' | 'tokyo' | 'comms';
  daysAgo: number;
  kind: PostKind;
  title: string;
  body: string;
  keywords: string[];
  licence: Licence;
  language: PostLanguage;
  practice?: Omit<GoodPractice, 'channels'> & { channels: Channel[] };
  /** A picture at the top of the post (drawn by pictures.ts), with its description. */
  picture?: { scene: DemoScene; alt: string };
}

const POSTS: DemoPost[] = [
  {
    blog: 'comms',
    daysAgo: 118,
    kind: 'goodPractice',
    licence: 'CC BY 4.0',
    language: 'fi',
    title: 'Tuhkapilvi 2010: noin 2 000 suomalaista tavoitettiin paikallisten ryhmien kautta',
    picture: { scene: 'fell', alt: 'Lumen peittämä tunturi kirkkaan taivaan alla' },
    body: '<p>Kun lentoliikenne pysähtyi keväällä 2010, lähetystöt eivät jääneet odottamaan, että ihmiset löytäisivät tiedotteet verkkosivuilta. Ne menivät sinne, missä suomalaiset jo olivat: paikallisiin Facebook-ryhmiin ja yhdistysten sähköpostilistoille.</p><ul><li>Lyhyet päivitykset samaan aikaan kaikissa kanavissa</li><li>Kysymyksiin vastattiin ryhmissä, ei vain omalla sivulla</li></ul>',
    keywords: ['kriisiviestintä', 'tuhkapilvi', 'facebook'],
    practice: {
      unit: 'Communications Department, Web Communications',
      situation: 'crisis',
      channels: ['localGroups', 'facebook', 'email'],
      whatWorked: 'Paikalliset ryhmät välittivät tiedon nopeasti: lähetystöt tavoittivat noin 2 000 suomalaista.',
      whatToAvoid: 'Älä oleta, että ihmiset seuraavat lähetystön omaa sivua kriisin alkaessa.',
      reach: 2000
    }
  },
  {
    blog: 'person',
    daysAgo: 104,
    kind: 'blogPost',
    licence: 'CC BY 4.0',
    language: 'sv',
    title: 'Vad askmolnet lärde oss om att vara där folk redan finns',
    picture: { scene: 'harbour', alt: 'En brygga i hamnen i gryningsljus, solen låg över vattnet' },
    body: '<p>Under askmolnet 2010 märkte vi i Stockholm att de flesta frågor kom via lokala grupper och vänners inlägg, inte via vår webbplats. Jag samlade några tankar inför nästa kris.</p><p>Kort sagt: <strong>gå till samtalen</strong> i stället för att vänta på att de kommer till oss.</p>',
    keywords: ['kris', 'askmoln', 'lokala grupper']
  },
  {
    blog: 'comms',
    daysAgo: 90,
    kind: 'goodPractice',
    licence: 'CC BY 4.0',
    language: 'en',
    title: 'Bangkok unrest: a new Facebook account for curfew and airport updates',
    body: '<p>During the unrest in Bangkok the embassy opened new Facebook and Twitter accounts within days. The posts that people shared most were the practical ones: curfew hours, which roads were closed and whether the airport was open.</p>',
    keywords: ['crisis', 'bangkok', 'facebook', 'twitter'],
    practice: {
      unit: 'Embassy of Finland, Bangkok',
      situation: 'crisis',
      channels: ['facebook', 'x', 'website'],
      whatWorked: 'Practical information (curfew, airport) in short posts, repeated as it changed.',
      whatToAvoid: 'Opening an account without a plan for who answers questions in the evening.'
    }
  },
  {
    blog: 'comms',
    daysAgo: 76,
    kind: 'goodPractice',
    licence: 'CC BY-SA 4.0',
    language: 'sv',
    title: 'Kairo 2011: nya konton för utegångsförbud och flyginformation',
    body: '<p>När oroligheterna i Egypten började öppnade ambassaden i Kairo nya konton på Facebook och Twitter. Uppdateringarna om utegångsförbudet och läget på flygplatsen blev de mest lästa.</p>',
    keywords: ['kris', 'kairo', 'twitter'],
    practice: {
      unit: 'Embassy of Finland, Cairo',
      situation: 'crisis',
      channels: ['facebook', 'x', 'sms'],
      whatWorked: 'Samma korta besked i alla kanaler, med tidpunkt för nästa uppdatering.',
      whatToAvoid: 'Långa texter som blir inaktuella innan de hunnit spridas.'
    }
  },
  {
    blog: 'tokyo',
    daysAgo: 55,
    kind: 'goodPractice',
    licence: 'CC BY 4.0',
    language: 'en',
    title: 'Japan 2011: round-the-clock updates after the earthquake',
    picture: { scene: 'city', alt: 'Tokyo at night: office blocks with lit windows' },
    body: '<p>After the earthquake and tsunami in March 2011 the embassy in Tokyo kept its Facebook page updated around the clock, in shifts shared with the ministry in Helsinki. Every update asked Finns in Japan to sign up for the crisis register.</p>',
    keywords: ['crisis', 'japan', 'crisis register'],
    practice: {
      unit: 'Embassy of Finland, Tokyo',
      situation: 'crisis',
      channels: ['facebook', 'x', 'website', 'email'],
      whatWorked: 'Shifts across time zones made round-the-clock updates possible; sign-ups for the crisis register grew with every post.',
      whatToAvoid: 'Relying on the website alone: it slowed down when everyone looked at once.'
    }
  },
  {
    blog: 'tokyo',
    daysAgo: 33,
    kind: 'blogPost',
    licence: 'none',
    language: 'fi',
    title: 'Kriisirekisteri kuntoon ennen seuraavaa maanjäristystä',
    body: '<p>Muistutus kaikille Japanissa asuville: ilmoittautuminen kriisirekisteriin vie kaksi minuuttia. Vuonna 2011 moni ilmoittautui vasta Facebook-päivitystemme jälkeen – nyt haluamme, että tiedot ovat valmiina ennen kuin niitä tarvitaan.</p>',
    keywords: ['kriisirekisteri', 'japani']
  },
  {
    blog: 'comms',
    daysAgo: 12,
    kind: 'blogPost',
    licence: 'CC BY 4.0',
    language: 'en',
    title: 'Headline first: writing for the intranet feed',
    body: '<p>Colleagues scan the feed by headlines. Put the point first, keep it short, and add two or three keywords so that the next embassy facing the same situation finds your story.</p><p>And before you publish: no confidential or personal data.</p>',
    keywords: ['writing', 'intranet']
  },
  {
    blog: 'person',
    daysAgo: 3,
    kind: 'blogPost',
    licence: 'none',
    language: 'sv',
    title: 'Tio etikettregler – vilken är svårast?',
    body: '<p>Vi gick igenom de tio etikettpunkterna på vårt teammöte. Svårast tyckte vi var att lösa tvister utanför nätet: det är frestande att svara direkt i kommentarerna.</p>',
    keywords: ['etikett', 'sociala medier']
  }
];

/** Comments and likes by colleagues, by post index; people chosen by their unit. */
const COMMENTS: Array<[number, RegExp, string]> = [
  [0, /Canberra/, 'Sama toimi meillä Canberrassa metsäpalojen aikaan: paikalliset ryhmät olivat nopein kanava.'],
  [2, /Washington/, 'Useful. Who answered the questions at night – the embassy or the ministry?'],
  [2, /Communications/, "The ministry's duty officer took the night shift; we will write that up as a separate practice."],
  [4, /Europe/, 'Tämä kannattaa lukea jokaisen lähetystön kriisisuunnitelmaa päivittäessä.'],
  [4, /Stockholm/, 'Tack! Vi lånar idén med skift över tidszoner.'],
  [7, /Tokyo/, 'Meillä vaikein on nopea mutta tarkka – molempia on vaikea saada yhtä aikaa.']
];
const LIKES: Array<[number, RegExp[]]> = [
  [0, [/Tokyo/, /Canberra/, /Europe/]],
  [2, [/Tokyo/, /Washington/]],
  [4, [/Stockholm/, /Washington/, /Canberra/, /Europe/]],
  [5, [/Canberra/]],
  [6, [/Tokyo/, /Stockholm/]]
];

/** Writes the demo blogs, posts, comments and likes; answers a one-line summary. */
export async function seedFeed(spAs: (email: string) => SPFI, people: DemoPerson[], now: Date): Promise<string> {
  const window = new JSDOM('').window as unknown as Window & typeof globalThis;
  const feedOf = (email: string, at: Date = now): FeedService => new FeedService(spAs(email), { window, now: () => at });
  const byUnit = (pattern: RegExp): DemoPerson => {
    const found = people.filter((p) => pattern.test(p.unit))[0];
    if (!found) throw new Error(`seedFeed: nobody in a unit matching ${pattern}`);
    return found;
  };
  const tokyo = byUnit(/Tokyo/);
  const stockholm = byUnit(/Stockholm/);
  const comms = byUnit(/Communications/);

  const admin = feedOf(DEMO_ADMIN.email);
  const [tokyoId, stockholmId, commsId] = await admin.blogs.ensurePeople([tokyo.email, stockholm.email, comms.email]);
  const blogs: Record<DemoPost['blog'], StoredBlog> = {
    person: await admin.blogs.create({
      title: `${stockholm.title.split(' ')[0]} i Stockholm`,
      kind: 'person',
      unit: stockholm.unit,
      description: 'Anteckningar om diplomati i sociala medier, från ambassaden i Stockholm.',
      ownerIds: [stockholmId]
    }),
    tokyo: await admin.blogs.create({
      title: 'Embassy of Finland, Tokyo',
      kind: 'group',
      unit: tokyo.unit,
      description: 'Suurlähetystön viestintätiimi Tokiossa: kriisiviestintä, maakuva ja kansalaispalvelut.',
      ownerIds: [tokyoId]
    }),
    comms: await admin.blogs.create({
      title: 'Communications Department',
      kind: 'group',
      unit: comms.unit,
      description: 'Good practices collected from embassies and units, and guidance from web communications.',
      ownerIds: [commsId]
    })
  };
  const writerOf: Record<DemoPost['blog'], DemoPerson> = { person: stockholm, tokyo, comms };

  const stored: StoredPost[] = [];
  for (const demo of POSTS) {
    const writer = writerOf[demo.blog];
    let body = demo.body;
    if (demo.picture) {
      const picture = await feedOf(writer.email).pictures.add(blogs[demo.blog].id, {
        bytes: demoPicture(demo.picture.scene),
        type: 'image/png',
        ...DEMO_PICTURE_SIZE
      });
      body = `<p><img alt="${demo.picture.alt}" src="${encodeURI(picture.url)}"></p>${body}`;
    }
    const post: Post = {
      title: demo.title,
      bodyHtml: body,
      kind: demo.kind,
      keywords: demo.keywords,
      blogId: blogs[demo.blog].id,
      author: { id: 0, name: writer.title },
      licence: demo.licence,
      language: demo.language,
      goodPractice: demo.practice
    };
    stored.push(await feedOf(writer.email, new Date(now.getTime() - demo.daysAgo * DAY)).posts.create(post));
  }

  let comments = 0;
  for (const [index, who, text] of COMMENTS) {
    await feedOf(byUnit(who).email).comments.add(stored[index], text);
    comments++;
  }
  let likes = 0;
  for (const [index, who] of LIKES) {
    for (const pattern of who) {
      const email = byUnit(pattern).email;
      const me = await spAs(email).web.currentUser.select('Id')<{ Id: number }>();
      await feedOf(email).likes.like(stored[index], me.Id);
      likes++;
    }
  }
  return `feed: ${Object.keys(blogs).length} blogs, ${stored.length} posts, ${comments} comments, ${likes} likes`;
}
