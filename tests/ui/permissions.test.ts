/** @jest-environment node */
/**
 * The first views' own permission test (src/data/permissions.ts) answers as PnPjs's
 * `hasPermissions` does, for every right and for masks sent as numbers or as JSON's strings; and
 * the request reads the signed-in person's rights through @pnp/sp against the emulator.
 */
import { spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security/web';
import { PermissionKind } from '@pnp/sp/security';
import { hasPermissions } from '@pnp/sp/security/funcs';
import { effectivePermissions, hasRight, RIGHTS } from '../../src/data/permissions';
import { createTestSite } from '../support/sp';

test('hasRight agrees with PnPjs for every right on a spread of masks', () => {
  const masks = [
    { High: 0, Low: 0 },
    { High: 2147483647, Low: 4294967295 },
    { High: '432', Low: '1011030767' },
    { High: 176, Low: 138612833 },
    { High: '0', Low: '2048' },
    { High: 1, Low: 1 }
  ];
  const kinds = Object.values(PermissionKind).filter((k): k is number => typeof k === 'number' && k > 0 && k < 65);
  for (const mask of masks) {
    for (const kind of kinds) {
      expect({ mask, kind, has: hasRight(mask, kind) }).toEqual({
        mask,
        kind,
        has: hasPermissions({ High: Number(mask.High), Low: Number(mask.Low) }, kind)
      });
    }
  }
  expect(RIGHTS).toEqual({ ManageLists: PermissionKind.ManageLists, ManagePermissions: PermissionKind.ManagePermissions });
});

test("effectivePermissions reads the person's rights on the web and on a list", async () => {
  const site = createTestSite();
  try {
    const owner = spfi(site.spAs(site.adminLogin));
    await owner.web.lists.add('DDH Notes', '', 100);
    const visitor = site.addUser('erik.lund@contoso.onmicrosoft.com', 'Erik Lund', 'Hub Visitors');
    const web = await effectivePermissions(owner.web);
    expect(hasRight(web, RIGHTS.ManageLists)).toBe(true);
    const read = await effectivePermissions(site.spAs(visitor.loginName).web.lists.getByTitle('DDH Notes'));
    expect(hasRight(read, RIGHTS.ManageLists)).toBe(false);
    expect(hasRight(read, PermissionKind.ViewListItems)).toBe(true);
    expect(await site.spAs(visitor.loginName).web.getCurrentUserEffectivePermissions()).toEqual(
      expect.objectContaining({ Low: expect.anything() })
    );
  } finally {
    site.dispose();
  }
});
