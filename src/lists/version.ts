import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SETTINGS_KEYS, SETTINGS_LIST } from './settings';

/** The version recorded on the site; 0 when the suite was never set up there. */
export async function readSchemaVersion(sp: SPFI): Promise<number> {
  try {
    const rows = await sp.web.lists
      .getByTitle(SETTINGS_LIST.title)
      .items.filter(`Title eq '${SETTINGS_KEYS.schemaVersion}'`)
      .select('Id', 'Value')
      .top(1)<Array<{ Value: string }>>();
    return rows.length ? Number(rows[0].Value) || 0 : 0;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return 0;
    throw error;
  }
}

export async function writeSchemaVersion(sp: SPFI, version: number): Promise<void> {
  // A fresh queryable per call: PnPjs keeps filter/select/top on the instance they were set on,
  // and items.add() posts to that instance (a write must carry no query option).
  const items = (): ReturnType<typeof sp.web.lists.getByTitle>['items'] => sp.web.lists.getByTitle(SETTINGS_LIST.title).items;
  const rows = await items().filter(`Title eq '${SETTINGS_KEYS.schemaVersion}'`).select('Id').top(1)<Array<{ Id: number }>>();
  if (rows.length)
    await items()
      .getById(rows[0].Id)
      .update({ Value: String(version) });
  else await items().add({ Title: SETTINGS_KEYS.schemaVersion, Value: String(version) });
}
