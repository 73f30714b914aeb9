/** @jest-environment node */
/**
 * The emulator's route map (workbench/emulator/routes.ts): its README section is printed from it
 * and stays equal to it; the walk answers members by argument, refuses an unknown segment with 404
 * and a method a resource does not answer with 400, as SharePoint's REST service does.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { README, withRoutes } from '../../tools/emulator-routes';
import { API } from '../../workbench/emulator/routes';
import type { Resource } from '../../workbench/emulator/route-table';
import { createTestSite } from '../support/sp';

test('the README lists exactly the routes the map declares (npm run emulator:routes rewrites it)', () => {
  const readme = readFileSync(README, 'utf8');
  expect(withRoutes(readme)).toBe(readme);
});

test('every resource names files that exist', () => {
  const seen = new Set<Resource<unknown>>();
  const visit = (r: Resource<unknown>): void => {
    if (seen.has(r)) return;
    seen.add(r);
    for (const file of r.file.split(',').map((f) => f.trim())) {
      expect({ resource: r.name, file, exists: existsSync(join(__dirname, '..', '..', 'workbench', 'emulator', file)) }).toEqual({
        resource: r.name,
        file,
        exists: true
      });
    }
    if (r.member) visit(r.member.to);
    for (const route of Object.values(r.below)) if ('to' in route) visit(route.to);
  };
  visit(API as Resource<unknown>);
  expect(seen.size).toBeGreaterThan(20);
});

describe('the walk', () => {
  const site = createTestSite();
  afterAll(() => site.dispose());
  const call = (path: string, method = 'GET'): Promise<Response> =>
    site.emulator.handle(
      new Request(`${site.siteUrl}/_api/${path}`, {
        method,
        headers: { 'X-Emulator-User': site.adminLogin, Accept: 'application/json;odata=nometadata', 'X-RequestDigest': 'ignored' }
      })
    );

  test('a collection member by argument and by getById are the same resource', async () => {
    await site.spAs(site.adminLogin).web.lists.ensure('Tasks');
    const list = (await (await call("web/lists/getbytitle('Tasks')?$select=Id")).json()) as { Id: string };
    const byMember = (await (await call(`web/lists('${list.Id}')?$select=Title`)).json()) as { Title: string };
    const byGetById = (await (await call(`web/lists/getbyid('${list.Id}')?$select=Title`)).json()) as { Title: string };
    expect(byMember.Title).toBe('Tasks');
    expect(byGetById.Title).toBe('Tasks');
  });

  test('an unknown segment is 404 and a method the resource does not answer is 400', async () => {
    expect((await call("web/lists/getbytitle('Tasks')/nosuchthing")).status).toBe(404);
    expect((await call('web/nosuchthing')).status).toBe(404);
    expect((await call("web/lists/getbytitle('Tasks')/itemcount/more")).status).toBe(404);
    expect((await call('web/currentuser', 'DELETE')).status).toBe(400);
    expect((await call("web/lists/getbytitle('Tasks')/items", 'DELETE')).status).toBe(400);
  });
});
