/**
 * Whether the signed-in person holds a right, from SharePoint's effective permissions: an
 * `SP.BasePermissions` pair of 32-bit masks (Low, High; Int64 halves, sent as strings in JSON).
 *
 * PnPjs's `@pnp/sp/security` answers this (`getCurrentUserEffectivePermissions`, `hasPermissions`),
 * but importing it brings its role definition and assignment classes and the whole PermissionKind
 * enum into every web part's first view, which has no room for them. So the first views read
 * `EffectiveBasePermissions` with PnPjs's core (the request PnPjs's function sends) and test the bit
 * as PnPjs's `hasPermissions` does (taken from sp.js: right n is bit n−1 of Low, or of High from 33).
 * Set-up and provisioning, which load on demand, keep using `@pnp/sp/security`.
 */
import { SPQueryable } from '@pnp/sp';

/** The rights the first views ask about (SP.PermissionKind values, as PnPjs's enum names them). */
export const RIGHTS = { ManageLists: 12, ManagePermissions: 26 } as const;

export interface BasePermissions {
  High: number | string;
  Low: number | string;
}

/** The signed-in person's effective permissions on a web or a list (`…/EffectiveBasePermissions`). */
export async function effectivePermissions(target: Parameters<typeof SPQueryable>[0]): Promise<BasePermissions> {
  const answer = await SPQueryable(target, 'EffectiveBasePermissions')<BasePermissions | { EffectiveBasePermissions: BasePermissions }>();
  return 'EffectiveBasePermissions' in answer ? answer.EffectiveBasePermissions : answer;
}

/* eslint-disable no-bitwise -- the masks are bit sets */
export function hasRight(value: BasePermissions, right: number): boolean {
  const bit = right - 1;
  if (bit >= 0 && bit < 32) return (Number(value.Low) & (1 << bit)) !== 0;
  if (bit >= 32 && bit < 64) return (Number(value.High) & (1 << (bit - 32))) !== 0;
  return false;
}
/* eslint-enable no-bitwise */
