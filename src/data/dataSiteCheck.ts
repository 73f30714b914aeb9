/**
 * Whether a site someone names in a web part's "Data site URL" setting can be its data site
 * (hubSite.ts resolves which site is used). A module of its own: only the property pane asks,
 * so it loads with the pane, not with every first view.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import { SCHEMA_VERSION } from '../lists/settings';
import { readSchemaVersion } from '../lists/version';

export type DataSiteProblem = 'invalidUrl' | 'notFound' | 'noAccess' | 'noLists' | 'newer' | 'unreachable';

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Whether a site can be the data site for the signed-in person: it exists, they can read it, and
 * it holds the hub's lists at a schema version this package knows. Undefined when it can.
 * `sp` points at the site (spfi(url)); two GETs, only when someone sets the property.
 */
export async function checkDataSite(sp: SPFI): Promise<DataSiteProblem | undefined> {
  try {
    await sp.web.select('Id')();
  } catch (error) {
    const status = statusOf(error);
    if (status === 404) return 'notFound';
    if (status === 401 || status === 403) return 'noAccess';
    return 'unreachable';
  }
  let version: number;
  try {
    version = await readSchemaVersion(sp);
  } catch (error) {
    const status = statusOf(error);
    return status === 401 || status === 403 ? 'noAccess' : 'unreachable';
  }
  if (version === 0) return 'noLists';
  if (version > SCHEMA_VERSION) return 'newer';
  return undefined;
}
