/**
 * Tenant properties ("storage entities"): settings an administrator keeps in the tenant app
 * catalog for every SharePoint Framework component to read. Any site answers
 * `GET _api/web/GetStorageEntity('key')` from the app catalog (Microsoft Learn "Tenant properties"
 * in the SPFx docs; pnp.github.io/pnpjs "tenant properties": "can be used from any web"), so the
 * store is the tenant's (tenant.ts), and a site without a tenant has an empty one.
 *
 * What comes back: `{ Value, Description, Comment }` for a key that is set; for an absent key
 * SharePoint answers 200 with `{"odata.null": true}` and no properties (pnp/cli-microsoft365
 * `spo storageentity get` checks exactly that: src/m365/spo/commands/storageentity/storageentity-get.ts).
 * Setting one needs the app catalog and a tenant administrator (`SetStorageEntity` on the app
 * catalog web, through CSOM in the CLI's `spo storageentity set`), which the emulator does not
 * model: the workbench and tests set them directly on the tenant.
 */
import { entityResponse, RequestContext, Segment, stringArg } from './http';

export interface StorageEntity {
  Value: string;
  Description: string;
  Comment: string;
}

/** Looks a tenant property up by key (keys are case-sensitive in the app catalog's property bag). */
export type StorageEntityLookup = (key: string) => StorageEntity | undefined;

export function getStorageEntity(ctx: RequestContext, head: Segment, lookup: StorageEntityLookup | undefined): Response {
  const key = stringArg(head.args, ctx.query);
  const entity = lookup?.(key);
  if (!entity) return entityResponse(ctx, { 'odata.null': true });
  return entityResponse(ctx, {
    'odata.type': 'SP.StorageEntity',
    Comment: entity.Comment,
    Description: entity.Description,
    Value: entity.Value
  });
}
