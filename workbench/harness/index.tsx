/**
 * The workbench page: renders each web part's app exactly as its web part class would, with its own
 * services (the same create*AppServices its web part calls) built from @pnp/sp's SPFx behaviour (./sp.ts)
 * against the local emulator, and switchers for the user,
 * the language and the theme. The chosen user travels as a cookie the emulator reads.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { openDataSite } from '../../src/data/hubSite';
import { afterReadsLeave, startEarly } from '../../src/data/earlyRead';
import type { AppServicesByPart } from '../../src/ui/HubContext';
import { createFeedAppServices, feedFirstRead } from '../../src/data/feedAppServices';
import { createPlanAppServices, planFirstRead } from '../../src/data/planAppServices';
import { createTrainingAppServices, trainingFirstRead } from '../../src/data/trainingAppServices';
import type { GraphMailClient } from '../../src/data/messages';
import { ThemeName, workbenchTheme } from '../../src/ui/theme';
import type { PlanSubmissionsAppProps } from '../../src/webparts/planSubmissions/components/PlanSubmissionsApp';
import type { PracticeFeedAppProps } from '../../src/webparts/practiceFeed/components/PracticeFeedApp';
import type { TrainingRegistryAppProps } from '../../src/webparts/trainingRegistry/components/TrainingRegistryApp';
import { registerWorkbenchIcons } from './icons';
import { listFormQuery, parseListFormTarget } from './listFormTarget';
import { Host, PageContextInfo, pageContextInfo, pageSp } from './sp';

// The list's own form is another page: its code loads only when the page opens it.
const ListFormPage = React.lazy(() => import('./listForm').then((m) => ({ default: m.ListFormPage })));

type Locale = 'en-us' | 'fi-fi' | 'sv-se';
type Loc = Record<string, Record<Locale, Record<string, string>>>;
interface DemoUser {
  loginName: string;
  id?: number;
  title: string;
  role: string;
}
type Part = 'all' | 'planSubmissions' | 'practiceFeed' | 'trainingRegistry';

const LANGUAGES: Array<{ key: Locale; label: string }> = [
  { key: 'fi-fi', label: 'Suomi' },
  { key: 'sv-se', label: 'Svenska' },
  { key: 'en-us', label: 'English' }
];
const THEMES: Array<{ key: ThemeName; label: string }> = [
  { key: 'light', label: 'Light' },
  { key: 'dark', label: 'Dark' },
  { key: 'highContrast', label: 'High contrast' }
];
const HOSTS: Array<{ key: Host; label: string }> = [
  { key: 'hub', label: 'Hub site page' },
  { key: 'teamTab', label: 'Teams tab (team site)' },
  { key: 'personalApp', label: 'Teams personal app (root site)' }
];
const PARTS: Array<{ key: Part; label: string }> = [
  { key: 'all', label: 'All web parts' },
  { key: 'planSubmissions', label: 'Social media plans' },
  { key: 'practiceFeed', label: 'Blogs and good practices' },
  { key: 'trainingRegistry', label: 'Training sessions' }
];

/** localStorage where the browser allows it, as the web parts use it. */
function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function cookie(name: string): string | undefined {
  const match = new RegExp(`(?:^|;\\s*)${name}=([^;]*)`).exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : undefined;
}

/** The user this page last put in the cookie: reading `document.cookie` asks the browser process each time. */
let cookieUser: string | undefined;

function setCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; SameSite=Strict`;
  if (name === 'emulator-user') cookieUser = value;
}

/**
 * Microsoft Graph as the signed-in person, as SPFx's MSGraphClientV3 would be: here the
 * workbench's stand-in on the same origin (`/v1.0/…`, workbench/graph/mail.ts), which knows the
 * person by the same cookie the SharePoint emulator does.
 */
async function workbenchGraph(): Promise<GraphMailClient> {
  return {
    api: (path) => ({
      post: async (content) => {
        const response = await fetch(`/v1.0${path}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(content)
        });
        if (!response.ok) throw Object.assign(new Error(`Microsoft Graph answered ${response.status}`), { status: response.status });
        return undefined;
      }
    })
  };
}

/** Settings live in the URL too, so a test or a colleague can open the same view directly. */
function fromQuery<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = new URLSearchParams(window.location.search).get(name) as T | null;
  return value && allowed.includes(value) ? value : fallback;
}

/**
 * The property pane's presets, to try them here: `?feedKind=goodPractice&feedKeyword=crisis&feedBlog=2&feedLayout=compact`,
 * `?topic=socialMedia`, `?openingTab=approved`, `?title=` (an empty title: no heading).
 */
interface Presets {
  feed: Partial<PracticeFeedAppProps>;
  training: Partial<TrainingRegistryAppProps>;
  plans: Partial<PlanSubmissionsAppProps>;
}

function presetsFromQuery(): Presets {
  const query = new URLSearchParams(window.location.search);
  const get = (name: string): string | undefined => query.get(name) ?? undefined;
  const title = get('title');
  return {
    feed: {
      presetKind: get('feedKind'),
      presetKeyword: get('feedKeyword'),
      presetBlog: get('feedBlog'),
      presetLayout: get('feedLayout'),
      title
    },
    training: { topic: get('topic'), title },
    plans: { openingTab: get('openingTab'), title }
  };
}

function Switcher<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  options: Array<{ key: T; label: string }>;
  onChange(value: T): void;
}): JSX.Element {
  return (
    <label htmlFor={props.id} style={{ display: 'inline-flex', flexDirection: 'column', fontSize: 12, gap: 2, maxWidth: '100%' }}>
      {props.label}
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as T)}
        style={{ fontSize: 14, padding: 4, maxWidth: '100%' }}
      >
        {props.options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The data site, found as a web part finds it (src/data/hubSite.ts): a web part's setting
 * (`?dataSite=`; a personal app has none), the tenant property, or the page's own site. Each app
 * gets its own services, as each web part builds them, and each shown app's first read goes at
 * once, as its web part's onInit starts it; resolves when those reads have left (src/data/earlyRead.ts).
 */
async function openServices(
  page: PageContextInfo,
  userId: number | undefined,
  dataSiteOverride: string | undefined,
  shown: (part: Part) => boolean
): Promise<AppServicesByPart> {
  const found = await openDataSite({
    currentWebUrl: page.siteUrl,
    pageUserId: userId,
    override: page.host === 'personalApp' ? undefined : dataSiteOverride,
    storage: browserStorage(),
    connect: (url) => pageSp(page, url)
  });
  const facts = { ...found.page, graph: workbenchGraph };
  const made: AppServicesByPart = {
    plans: createPlanAppServices(found.sp, facts),
    feed: createFeedAppServices(found.sp, facts),
    training: createTrainingAppServices(found.sp, facts)
  };
  if (shown('planSubmissions')) startEarly(made.plans, () => planFirstRead(made.plans));
  if (shown('practiceFeed')) startEarly(made.feed, () => feedFirstRead(made.feed));
  if (shown('trainingRegistry')) startEarly(made.training, () => trainingFirstRead(made.training));
  if (found.refresh)
    window.setTimeout(() => {
      found.refresh?.().catch(() => undefined);
    }, 3000);
  await afterReadsLeave();
  return made;
}

/** The settings the page starts with: from the address, or the user from the cookie. */
function initialUser(users: DemoUser[]): string {
  const logins = users.map((u) => u.loginName);
  const asked = new URLSearchParams(window.location.search).get('user');
  if (asked && logins.includes(asked)) return asked;
  return cookie('emulator-user') || logins[1] || logins[0];
}
/** Whether the page, set to show `part`, shows web part `p`. */
const shows = (part: Part, p: Part): boolean => part === 'all' || part === p;
const initialPart = (): Part =>
  fromQuery(
    'part',
    PARTS.map((p) => p.key),
    'all'
  );
const initialDataSite = (): string | undefined => new URLSearchParams(window.location.search).get('dataSite') ?? undefined;
const hubUserId = (page: PageContextInfo, users: DemoUser[], user: string): number | undefined =>
  // The ids the user list knows are the hub's: a page on another site would know its own.
  page.host === 'hub' ? users.find((u) => u.loginName === user)?.id : undefined;

function Workbench(props: {
  apps: typeof import('./apps');
  page: PageContextInfo;
  loc: Loc;
  users: DemoUser[];
  initial?: { user: string; services: AppServicesByPart };
}): JSX.Element {
  const { page, loc, users } = props;
  const { PlanSubmissionsApp, PracticeFeedApp, TrainingRegistryApp } = props.apps;
  const [user, setUser] = React.useState(() => initialUser(users));
  const [language, setLanguage] = React.useState<Locale>(() =>
    fromQuery(
      'lang',
      LANGUAGES.map((l) => l.key),
      'fi-fi'
    )
  );
  const [themeName, setThemeName] = React.useState<ThemeName>(() =>
    fromQuery(
      'theme',
      THEMES.map((t) => t.key),
      'light'
    )
  );
  const [part, setPart] = React.useState<Part>(initialPart);
  const [presets] = React.useState(presetsFromQuery);
  // `?form=plans&mode=new|edit|display&id=N`: a list's own form instead of the web parts (see listForm.tsx).
  const [formTarget] = React.useState(() => parseListFormTarget(window.location.search));
  const [dataSiteOverride] = React.useState(initialDataSite);

  // The cookie must be in place before any app sends its first request.
  if (cookieUser !== user) setCookie('emulator-user', user);

  React.useEffect(() => {
    const query = new URLSearchParams({
      user,
      lang: language,
      theme: themeName,
      ...(page.host === 'hub' ? {} : { host: page.host }),
      ...(dataSiteOverride ? { dataSite: dataSiteOverride } : {}),
      ...(formTarget ? listFormQuery(formTarget) : { part })
    });
    window.history.replaceState(null, '', `?${query.toString()}`);
    document.documentElement.lang = language.slice(0, 2);
  }, [user, language, themeName, part, formTarget, page.host, dataSiteOverride]);

  // New services per user: nothing cached for one person leaks to the next.
  const sp = React.useMemo(() => pageSp(page), [page, user]);
  const userId = hubUserId(page, users, user);
  // The page opened the first user's site before it rendered, as a web part's onInit does, so the
  // apps render in the page's first render, as SPFx renders a web part once its onInit is done.
  const initial = React.useRef(props.initial && props.initial.user === user ? props.initial : undefined);
  const [services, setServices] = React.useState<AppServicesByPart | undefined>(initial.current?.services);
  React.useEffect(() => {
    if (initial.current) {
      initial.current = undefined;
      return undefined;
    }
    let live = true;
    setServices(undefined);
    openServices(page, userId, dataSiteOverride, (p) => !formTarget && shows(part, p)).then(
      (made) => {
        if (live) setServices(made);
      },
      () => undefined
    );
    return () => {
      live = false;
    };
    // The parts shown when the site was opened: a later switch reads as the app asks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [page, user, userId, dataSiteOverride]);
  const theme = React.useMemo(() => workbenchTheme(themeName), [themeName]);
  const common = loc.common[language] as unknown as IHubCommonStrings;
  const locale = `${language.slice(0, 2)}-${language.slice(3).toUpperCase()}`;
  const host = { common, locale, theme };
  const show = (p: Part): boolean => shows(part, p);
  const pageQuery = (extra: Record<string, string>): string =>
    `?${new URLSearchParams({ user, lang: language, theme: themeName, ...extra }).toString()}`;

  return (
    <div style={{ background: theme.semanticColors.bodyBackground, minHeight: '100vh', color: theme.semanticColors.bodyText }}>
      <header
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 16,
          alignItems: 'flex-end',
          padding: '8px 16px',
          background: '#201f1e',
          color: '#ffffff'
        }}
      >
        <h1 style={{ fontSize: 16, margin: '0 16px 6px 0' }}>Digital Diplomacy Hub — workbench</h1>
        <Switcher
          id="wb-user"
          label="User / Käyttäjä / Användare"
          value={user}
          options={users.map((u) => ({ key: u.loginName, label: `${u.title} (${u.role})` }))}
          onChange={setUser}
        />
        <Switcher<Locale> id="wb-lang" label="Language / Kieli / Språk" value={language} options={LANGUAGES} onChange={setLanguage} />
        <Switcher<ThemeName> id="wb-theme" label="Theme / Teema / Tema" value={themeName} options={THEMES} onChange={setThemeName} />
        <Switcher<Host>
          id="wb-host"
          label="Host / Isäntä / Värd"
          value={page.host}
          options={HOSTS}
          onChange={(next) => {
            const query = new URLSearchParams(window.location.search);
            query.set('host', next);
            window.location.search = query.toString();
          }}
        />
        {!formTarget && (
          <Switcher<Part> id="wb-part" label="Web part / Verkko-osa / Webbdel" value={part} options={PARTS} onChange={setPart} />
        )}
        {page.host === 'hub' && (
          <a href={pageQuery({ form: 'plans', mode: 'new' })} style={{ color: '#ffffff', marginBottom: 6 }}>
            DDH Plans: New form / Uusi-lomake / Nytt-formulär
          </a>
        )}
      </header>
      {formTarget ? (
        <main key={user} style={{ padding: 16, maxWidth: 1200, margin: '0 auto' }}>
          <React.Suspense fallback={<div aria-busy="true" />}>
            <ListFormPage
              sp={sp}
              target={formTarget}
              language={language}
              locale={locale}
              theme={theme}
              common={common}
              planStrings={loc.planSubmissions[language] as unknown as IPlanSubmissionsWebPartStrings}
              backHref={pageQuery({ part: 'planSubmissions' })}
            />
          </React.Suspense>
        </main>
      ) : !services ? (
        <main key={user} aria-busy="true" style={{ padding: 16 }} />
      ) : (
        <main key={user} style={{ display: 'grid', gap: 24, padding: 16, maxWidth: 1200, margin: '0 auto' }}>
          {show('planSubmissions') && (
            <PlanSubmissionsApp
              {...host}
              services={services.plans}
              {...presets.plans}
              strings={loc.planSubmissions[language] as unknown as IPlanSubmissionsWebPartStrings}
            />
          )}
          {show('practiceFeed') && (
            <PracticeFeedApp
              {...host}
              services={services.feed}
              {...presets.feed}
              strings={loc.practiceFeed[language] as unknown as IPracticeFeedWebPartStrings}
            />
          )}
          {show('trainingRegistry') && (
            <TrainingRegistryApp
              {...host}
              services={services.training}
              {...presets.training}
              strings={loc.trainingRegistry[language] as unknown as ITrainingRegistryWebPartStrings}
            />
          )}
        </main>
      )}
    </div>
  );
}

async function start(): Promise<void> {
  const element = document.getElementById('workbench') as HTMLElement;
  // The page carries the strings and people inline (workbench/server.ts); a page without them asks.
  const inline = document.getElementById('workbench-data');
  const [loc, users] = inline
    ? (() => {
        const data = JSON.parse(inline.textContent || '{}') as { loc: Loc; users: DemoUser[] };
        return [data.loc, data.users] as const;
      })()
    : await Promise.all([
        fetch('/workbench/loc.json').then((r) => r.json() as Promise<Loc>),
        fetch('/workbench/users.json').then((r) => r.json() as Promise<DemoUser[]>)
      ]);
  const page = pageContextInfo(element);
  // As a web part's onInit runs before SPFx renders it: the first user's site is opened and the
  // shown apps' first reads are on their way before anything renders (the cookie names the user).
  const user = initialUser(users);
  setCookie('emulator-user', user);
  const part = initialPart();
  const services = await openServices(
    page,
    hubUserId(page, users, user),
    initialDataSite(),
    (p) => !parseListFormTarget(window.location.search) && shows(part, p)
  ).catch(() => undefined);
  // A SharePoint page has registered its icons before it loads a web part: here, once the reads have left.
  registerWorkbenchIcons();
  const apps = await import(/* webpackMode: 'eager' */ './apps');
  ReactDom.render(<Workbench apps={apps} page={page} loc={loc} users={users} initial={services && { user, services }} />, element);
}

start();
