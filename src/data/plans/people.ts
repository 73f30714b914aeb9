/** People for the plan's people fields: site users by name or e-mail, and directory users ensured on the site. */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { PersonRef } from '../../domain/plans/plan';
import { odataString } from '../odata';

interface SiteUserRow { Id: number; LoginName: string; Title: string; Email: string; PrincipalType?: number }

export class PeopleDirectory {
  public constructor(private readonly sp: SPFI) {}

  /** Site users whose name or e-mail contains the text (at most `top`). */
  public async search(text: string, top: number = 10): Promise<PersonRef[]> {
    const term = text.trim();
    if (term.length < 2) return [];
    const literal = odataString(term);
    const rows = await this.sp.web.siteUsers
      .filter(`substringof(${literal},Title) or substringof(${literal},Email)`)
      .select('Id', 'LoginName', 'Title', 'Email', 'PrincipalType').top(top)<SiteUserRow[]>();
    return rows.filter((r) => r.PrincipalType === undefined || r.PrincipalType === 1).map((r) => ({ id: r.Id, loginName: r.LoginName, title: r.Title }));
  }

  /** A directory user (claims login or e-mail) made known to the site, as `ensureuser` does. */
  public async ensure(loginOrEmail: string): Promise<PersonRef> {
    const user = (await this.sp.web.ensureUser(loginOrEmail.trim())) as unknown as SiteUserRow;
    return { id: user.Id, loginName: user.LoginName, title: user.Title };
  }
}
