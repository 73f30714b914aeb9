/** People for the plan's people fields: site users by name or e-mail, and directory users ensured on the site. */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { PersonRef } from '../../domain/plans/plan';
import { findSiteUsers } from '../people';

interface SiteUserRow {
  Id: number;
  LoginName: string;
  Title: string;
  Email: string;
  PrincipalType?: number;
}

export class PeopleDirectory {
  public constructor(private readonly sp: SPFI) {}

  /** Site users with a word of their name, or their e-mail, starting with the text (at most `top`). */
  public async search(text: string, top: number = 10): Promise<PersonRef[]> {
    if (text.trim().length < 2) return [];
    return (await findSiteUsers(this.sp, text, top, { email: true })).map((p) => ({ id: p.id, loginName: p.loginName, title: p.title }));
  }

  /** A directory user (claims login or e-mail) made known to the site, as `ensureuser` does. */
  public async ensure(loginOrEmail: string): Promise<PersonRef> {
    const user = (await this.sp.web.ensureUser(loginOrEmail.trim())) as unknown as SiteUserRow;
    return { id: user.Id, loginName: user.LoginName, title: user.Title };
  }
}
