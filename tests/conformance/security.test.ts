/**
 * @jest-environment node
 *
 * Conformance: the server enforces roles — item-level security (ReadSecurity / WriteSecurity 2)
 * and a reader's refused write — as a second account sees them. On a tenant this needs a second
 * account's token (a member of the test site); with one token the tests are skipped and say why.
 */
import { IList } from '@pnp/sp/lists';
import { RoleTypeKind } from '@pnp/sp/security/types';
import { spError } from '../support/sp';
import { openTarget, SecondUser } from './target';

const target = openTarget();
const ROLE_CONTRIBUTE: RoleTypeKind = 3;
const ROLE_READER: RoleTypeKind = 2;

afterAll(() => target.close());

/** A list of this run that only the owner and `who` (with the role) can reach: inheritance broken, nothing copied. */
async function listFor(name: string, who: SecondUser, roleType: RoleTypeKind): Promise<{ asOwner: IList; asSecond: IList }> {
  const { title, list } = await target.createList(name);
  await list.breakRoleInheritance(false, true);
  const principal = await target.owner.web.ensureUser(who.loginName);
  const role = await target.owner.web.roleDefinitions.getByType(roleType).select('Id')<{ Id: number }>();
  await list.roleAssignments.add(principal.Id, role.Id);
  return { asOwner: list, asSecond: who.sp.web.lists.getByTitle(title) };
}

const withSecond = target.second ? describe : describe.skip;
if (!target.second) console.warn(`Conformance: role tests skipped — ${target.secondMissing}`);

withSecond(`roles on the server (${target.kind})${target.second ? '' : ` — skipped: ${target.secondMissing}`}`, () => {
  const second = target.second as SecondUser;

  // Learn "SP.List.ReadSecurity / WriteSecurity": 2 = only items the user created; users with
  // ManageLists (the owner) see and edit all. Plans and registrations rely on it.
  test('ReadSecurity 2: another user neither lists nor reads an item they did not create', async () => {
    const { asOwner, asSecond } = await listFor('OwnRead', second, ROLE_CONTRIBUTE);
    await asOwner.update({ ReadSecurity: 2, WriteSecurity: 2 });
    const ownerRow = await asOwner.items.add({ Title: 'owner row' });
    await asSecond.items.add({ Title: 'second row' });
    expect((await asSecond.items.select('Title')<Array<{ Title: string }>>()).map((r) => r.Title)).toEqual(['second row']);
    expect((await spError(asSecond.items.getById(ownerRow.Id)())).status).toBe(404);
    expect((await asOwner.items.select('Title').orderBy('ID')<Array<{ Title: string }>>()).map((r) => r.Title)).toEqual([
      'owner row',
      'second row'
    ]);
  });

  test('WriteSecurity 2: another user reads an item they did not create but cannot edit or delete it', async () => {
    const { asOwner, asSecond } = await listFor('OwnWrite', second, ROLE_CONTRIBUTE);
    await asOwner.update({ ReadSecurity: 1, WriteSecurity: 2 });
    const ownerRow = await asOwner.items.add({ Title: 'owner row' });
    const mine = await asSecond.items.add({ Title: 'second row' });
    expect((await asSecond.items.getById(ownerRow.Id).select('Title')<{ Title: string }>()).Title).toBe('owner row');
    expect((await spError(asSecond.items.getById(ownerRow.Id).update({ Title: 'hijack' }))).status).toBe(403);
    expect((await spError(asSecond.items.getById(ownerRow.Id).delete())).status).toBe(403);
    await asSecond.items.getById(mine.Id).update({ Title: 'second row, edited' });
    expect((await asOwner.items.getById(ownerRow.Id).select('Title')<{ Title: string }>()).Title).toBe('owner row');
  });

  // Learn "Understanding permission levels": Read has no AddListItems; the server answers 403.
  test('a reader is refused an add with 403 and can still read', async () => {
    const { asOwner, asSecond } = await listFor('ReadOnly', second, ROLE_READER);
    await asOwner.items.add({ Title: 'for reading' });
    expect((await spError(asSecond.items.add({ Title: 'not allowed' }))).status).toBe(403);
    expect((await asSecond.items.select('Title')<Array<{ Title: string }>>()).map((r) => r.Title)).toEqual(['for reading']);
  });
});
