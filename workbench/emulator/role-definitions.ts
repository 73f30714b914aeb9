/**
 * Custom permission levels: `POST web/roledefinitions` creates a role definition, as PnPjs's
 * `sp.web.roleDefinitions.add(name, description, order, basePermissions)` sends it (the mask's
 * halves as strings). The suite needs one level SharePoint does not ship — add list items without
 * editing them — so that a list can be append-only for its writers (see src/lists/types.ts).
 *
 * Sources: SP.RoleDefinitionCollection.add — "To create a role definition, send a POST request to
 * the RoleDefinitions endpoint" (learn.microsoft.com/previous-versions/office/sharepoint-visio/jj247128);
 * the levels are managed with ManagePermissions on the web (a site owner); a custom level has
 * RoleTypeKind None (0) (PnPjs `getByType` docs: None=0 … Editor=6); an "add only" level is
 * Contribute without EditListItems and DeleteListItems (PnP PowerShell Add-PnPRoleDefinition,
 * example "AddOnly": -Clone "Contribute" -Exclude DeleteListItems, EditListItems). What a level
 * allows is then only its mask: adding an item demands AddListItems, changing one EditListItems,
 * deleting one DeleteListItems (items.ts). "Edit own items only" is not a permission bit: it is
 * the list's WriteSecurity, on top of EditListItems.
 */
import { errors } from './errors';
import { demandWeb } from './guard';
import { entityResponse, parseBody, RequestContext } from './http';
import type { BasePermissions, RoleDefinitionRecord } from './model';
import { PermissionKind } from './permissions';
import { roleDefinitionJson } from './security';

/** Built-in levels carry ids 1073741825–1073741830; custom ones are numbered after every existing one. */
const FIRST_CUSTOM_ID = 1073741924;

function halfOf(value: unknown, name: string): number {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : typeof value === 'number' ? value : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw errors.badValue(`The value of BasePermissions.${name} is not valid.`);
  return n >>> 0;
}

function maskOf(value: unknown): BasePermissions {
  if (!value || typeof value !== 'object') throw errors.badValue('BasePermissions must not be null.');
  const mask = value as Record<string, unknown>;
  return { High: halfOf(mask.High, 'High'), Low: halfOf(mask.Low, 'Low') };
}

/** `POST web/roledefinitions` with `{ Name, Description, Order, BasePermissions: { High, Low } }`. */
export function createRoleDefinition(ctx: RequestContext): Response {
  demandWeb(ctx, PermissionKind.ManagePermissions);
  const body = parseBody(ctx);
  const name = typeof body.Name === 'string' ? body.Name.trim() : '';
  if (!name) throw errors.badValue('The role definition name cannot be empty.');
  const defs = ctx.store.state.roleDefinitions;
  // SharePoint keeps permission level names unique within a site collection (case-insensitive).
  if (defs.some((d) => d.Name.toLowerCase() === name.toLowerCase())) {
    throw errors.spException(400, `A role definition with the name "${name}" already exists.`);
  }
  const record: RoleDefinitionRecord = {
    Id: Math.max(FIRST_CUSTOM_ID - 1, ...defs.map((d) => d.Id)) + 1,
    Name: name,
    Description: typeof body.Description === 'string' ? body.Description : '',
    RoleTypeKind: 0,
    Order: typeof body.Order === 'number' && Number.isInteger(body.Order) ? body.Order : 0,
    Hidden: false,
    BasePermissions: maskOf(body.BasePermissions)
  };
  defs.push(record);
  return entityResponse(ctx, roleDefinitionJson(ctx, record), 201);
}
