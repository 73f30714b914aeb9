/**
 * "Open the list's form" in the workbench, as SharePoint does it: read the list's Item content
 * type, take the form customizer bound to the form being opened (`<Mode>FormClientSideComponentId`)
 * and mount that customizer's app with the real @pnp/sp services, the way the customizer class
 * does in SharePoint. With nothing bound, SharePoint shows its default list form: the page says so.
 *
 *   /?form=plans&mode=new            the New form of DDH Plans
 *   /?form=plans&mode=edit&id=3      the Edit form of item 3
 *   /?form=plans&mode=display&id=3   the Display form of item 3
 *
 * `formSaved()` / `formClosed()` would take the user back to the list; here the page says which
 * one the customizer called.
 */
import * as React from 'react';
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/content-types/list';
import { ITheme } from '@fluentui/react/lib/Styling';
import { createPlanAppServices } from '../../src/data/planAppServices';
import { PLAN_FORM_COMPONENT_ID } from '../../src/lists/planLists';
import { ListKey, LISTS } from '../../src/lists/schema';
import { PlanFormApp, PlanFormMode } from '../../src/extensions/planForm/PlanFormApp';
import type { ListFormTarget } from './listFormTarget';

export type HarnessLocale = 'en-us' | 'fi-fi' | 'sv-se';

export { listFormQuery, parseListFormTarget } from './listFormTarget';
export type { ListFormTarget } from './listFormTarget';

const FORM_NAMES: Record<PlanFormMode, 'New' | 'Edit' | 'Display'> = { new: 'New', edit: 'Edit', display: 'Display' };

/** The workbench's own words around the form (the forms themselves use the apps' loc files). */
const NOTES: Record<
  'notBound' | 'unknown' | 'saved' | 'closed' | 'noList' | 'failed' | 'back' | 'reading',
  Record<HarnessLocale, string>
> = {
  notBound: {
    'en-us': "No form customizer is bound to this list's Item content type for this form: SharePoint would show its default list form.",
    'fi-fi':
      'Luettelon Item-sisältötyyppiin ei ole sidottu tälle lomakkeelle lomakemukautusta: SharePoint näyttäisi oman oletuslomakkeensa.',
    'sv-se':
      'Ingen formuläranpassning är kopplad till listans innehållstyp Item för det här formuläret: SharePoint skulle visa sitt standardformulär.'
  },
  unknown: {
    'en-us': 'The form is bound to the component {0}, which this package does not contain.',
    'fi-fi': 'Lomakkeeseen on sidottu komponentti {0}, jota tässä paketissa ei ole.',
    'sv-se': 'Formuläret är kopplat till komponenten {0}, som inte finns i det här paketet.'
  },
  saved: {
    'en-us': 'Saved (formSaved): SharePoint would now return to the list.',
    'fi-fi': 'Tallennettu (formSaved): SharePoint palaisi nyt luetteloon.',
    'sv-se': 'Sparat (formSaved): SharePoint skulle nu återgå till listan.'
  },
  closed: {
    'en-us': 'Closed (formClosed): SharePoint would now return to the list.',
    'fi-fi': 'Suljettu (formClosed): SharePoint palaisi nyt luetteloon.',
    'sv-se': 'Stängt (formClosed): SharePoint skulle nu återgå till listan.'
  },
  noList: {
    'en-us': 'The list {0} does not exist on this site (or you cannot see it).',
    'fi-fi': 'Luetteloa {0} ei ole tällä sivustolla (tai et näe sitä).',
    'sv-se': 'Listan {0} finns inte på den här webbplatsen (eller så kan du inte se den).'
  },
  failed: {
    'en-us': "The list's content type could not be read: {0}",
    'fi-fi': 'Luettelon sisältötyyppiä ei voitu lukea: {0}',
    'sv-se': 'Listans innehållstyp kunde inte läsas: {0}'
  },
  back: { 'en-us': 'Back to the web parts', 'fi-fi': 'Takaisin verkko-osiin', 'sv-se': 'Tillbaka till webbdelarna' },
  reading: { 'en-us': 'Opening the list form…', 'fi-fi': 'Avataan luettelon lomaketta…', 'sv-se': 'Öppnar listformuläret…' }
};

const note = (key: keyof typeof NOTES, language: HarnessLocale, value = ''): string => NOTES[key][language].replace('{0}', value);

export type FormBinding = { kind: 'bound'; componentId: string; properties: string | null } | { kind: 'default' } | { kind: 'noList' };

/** What SharePoint reads when the form is opened: the Item content type's binding for that form. */
export async function readFormBinding(sp: SPFI, listTitle: string, mode: PlanFormMode): Promise<FormBinding> {
  const form = FORM_NAMES[mode];
  const idProperty = `${form}FormClientSideComponentId`;
  const propsProperty = `${form}FormClientSideComponentProperties`;
  let rows: Array<Record<string, string | null>>;
  try {
    rows = await sp.web.lists.getByTitle(listTitle).contentTypes.select('StringId', idProperty, propsProperty)<
      Array<Record<string, string | null>>
    >();
  } catch (error) {
    if ((error as { status?: number }).status === 404) return { kind: 'noList' };
    throw error;
  }
  const item = rows.find((r) => /^0x0100[0-9a-f]{32}$/i.test(r.StringId ?? ''));
  const componentId = item?.[idProperty];
  return componentId
    ? { kind: 'bound', componentId: componentId.replace(/[{}]/g, '').toLowerCase(), properties: item?.[propsProperty] ?? null }
    : { kind: 'default' };
}

export interface ListFormPageProps {
  sp: SPFI;
  target: ListFormTarget;
  language: HarnessLocale;
  /** BCP 47, e.g. fi-FI. */
  locale: string;
  theme: ITheme;
  common: IHubCommonStrings;
  planStrings: IPlanSubmissionsWebPartStrings;
  /** Where "back" goes; none: no link. */
  backHref?: string;
}

type Loaded = { status: 'loading' } | { status: 'ready'; binding: FormBinding } | { status: 'failed'; message: string };

/** The list form as SharePoint would open it. */
export function ListFormPage(props: ListFormPageProps): JSX.Element {
  const { sp, target, language } = props;
  const title = LISTS[target.list].title;
  const [loaded, setLoaded] = React.useState<Loaded>({ status: 'loading' });
  const [outcome, setOutcome] = React.useState<'saved' | 'closed' | undefined>();
  // The services a customizer builds from its context: created once per page, as in SharePoint.
  const services = React.useMemo(() => createPlanAppServices(sp), [sp]);

  React.useEffect(() => {
    let alive = true;
    readFormBinding(sp, title, target.mode).then(
      (binding) => {
        if (alive) setLoaded({ status: 'ready', binding });
      },
      (error: unknown) => {
        if (alive) setLoaded({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    );
    return () => {
      alive = false;
    };
  }, [sp, title, target.mode]);

  const back = props.backHref ? (
    <p>
      <a href={props.backHref} style={{ color: props.theme.semanticColors.link }}>
        {note('back', language)}
      </a>
    </p>
  ) : undefined;
  const plain = (text: string, role: 'status' | 'alert' = 'status'): JSX.Element => (
    <div data-list-form={target.mode} style={{ padding: 16 }}>
      <p role={role}>{text}</p>
      {back}
    </div>
  );

  if (outcome) return plain(note(outcome, language));
  if (loaded.status === 'loading') return plain(note('reading', language));
  if (loaded.status === 'failed') return plain(note('failed', language, loaded.message), 'alert');
  const binding = loaded.binding;
  if (binding.kind === 'noList') return plain(note('noList', language, title));
  if (binding.kind === 'default') return plain(note('notBound', language));
  if (binding.componentId !== PLAN_FORM_COMPONENT_ID) return plain(note('unknown', language, binding.componentId));
  return (
    <div data-list-form={target.mode} data-component-id={binding.componentId}>
      <PlanFormApp
        services={services}
        common={props.common}
        strings={props.planStrings}
        locale={props.locale}
        theme={props.theme}
        mode={target.mode}
        itemId={target.mode === 'new' ? undefined : target.id}
        onSaved={() => setOutcome('saved')}
        onClose={() => setOutcome('closed')}
      />
      {back}
    </div>
  );
}
