/**
 * The tenant's photo page (`_layouts/15/userphoto.aspx`): generated initials for a person of the
 * directory, SharePoint's blank person for an account it does not know, sizes S/M/L, SVG with its
 * content type and cache headers, signed-in callers only, and no markup out of a name.
 */
import { createTenant, Tenant } from '../../workbench/emulator/tenant';
import { colourOf, initialsOf } from '../../workbench/emulator/userphoto';

const ORIGIN = 'https://contoso.sharepoint.test';

function tenantWithPeople(): Tenant {
  const tenant = createTenant({ origin: ORIGIN });
  tenant.addSite({ path: '/sites/hub', title: 'Hub' });
  tenant.addSite({ path: '/', title: 'Root' });
  tenant.addPerson({ email: 'anna.virtanen@contoso.test', title: 'Anna Virtanen' });
  tenant.addPerson({ email: 'evil@contoso.test', title: '<script>alert(1)</script> "Eve" & Co' });
  return tenant;
}

const signedIn = { Cookie: `emulator-user=${encodeURIComponent('i:0#.f|membership|anna.virtanen@contoso.test')}` };

async function get(
  tenant: Tenant,
  path: string,
  headers: Record<string, string> = signedIn
): Promise<{ status: number; headers: Headers; body: string }> {
  const response = await tenant.handle(new Request(`${ORIGIN}${path}`, { headers }));
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe('userphoto.aspx', () => {
  it('answers a person of the directory with their initials on their colour, as SVG with cache headers', async () => {
    const tenant = tenantWithPeople();
    expect(tenant.routes('/sites/hub/_layouts/15/userphoto.aspx')).toBe(true);
    const photo = await get(tenant, '/sites/hub/_layouts/15/userphoto.aspx?size=S&accountname=Anna.Virtanen%40contoso.test');
    expect(photo.status).toBe(200);
    expect(photo.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(photo.headers.get('Cache-Control')).toMatch(/max-age=\d+/);
    expect(photo.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(photo.body).toContain('width="48" height="48"');
    expect(photo.body).toContain('>AV</text>');
    expect(photo.body).toContain(`fill="${colourOf('Anna Virtanen')}"`);
    // By claims login too, and on any site of the tenant (the root site's page).
    const byLogin = await get(
      tenant,
      `/_layouts/15/userphoto.aspx?size=L&accountname=${encodeURIComponent('i:0#.f|membership|anna.virtanen@contoso.test')}`
    );
    expect(byLogin.body).toContain('width="300" height="300"');
    expect(byLogin.body).toContain('>AV</text>');
    const medium = await get(tenant, '/sites/hub/_layouts/15/userphoto.aspx?accountname=anna.virtanen%40contoso.test&size=x');
    expect(medium.body).toContain('width="72" height="72"');
  });

  it('answers an account it does not know with the blank person, not an error', async () => {
    const tenant = tenantWithPeople();
    const unknown = await get(tenant, '/sites/hub/_layouts/15/userphoto.aspx?size=M&accountname=nobody%40contoso.test');
    expect(unknown.status).toBe(200);
    expect(unknown.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(unknown.body).not.toContain('<text');
    expect(unknown.body).toContain('<circle');
    const none = await get(tenant, '/sites/hub/_layouts/15/userphoto.aspx?size=M');
    expect(none.body).toBe(unknown.body);
  });

  it('refuses a caller who is not signed in, and a path that is no site', async () => {
    const tenant = tenantWithPeople();
    expect((await get(tenant, '/sites/hub/_layouts/15/userphoto.aspx?accountname=anna.virtanen%40contoso.test', {})).status).toBe(401);
    expect((await get(tenant, '/sites/nosuch/_layouts/15/userphoto.aspx?accountname=anna.virtanen%40contoso.test')).status).toBe(404);
  });

  it('writes no markup out of a name: letters only, under a CSP without scripts', async () => {
    const tenant = tenantWithPeople();
    const photo = await get(tenant, '/sites/hub/_layouts/15/userphoto.aspx?accountname=evil%40contoso.test');
    expect(photo.body).not.toMatch(/script|alert|&/i);
    expect(photo.body).toContain('>SC</text>');
    expect(photo.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(initialsOf('Åsa Öberg')).toBe('ÅÖ');
    expect(initialsOf('lars')).toBe('L');
    expect(initialsOf('  ')).toBe('');
  });
});
