import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups';
import { Me } from './people';

interface SiteUserRow {
  Id: number;
  LoginName: string;
  Title: string;
  Email: string;
  IsSiteAdmin: boolean;
}

/** The site itself: who is signed in and which groups they belong to. */
export class SiteRepository {
  public constructor(private readonly sp: SPFI) {}

  public async me(): Promise<Me> {
    const [user, groups] = await Promise.all([
      this.sp.web.currentUser.select('Id', 'LoginName', 'Title', 'Email', 'IsSiteAdmin')<SiteUserRow>(),
      this.sp.web.currentUser.groups.select('Title')<Array<{ Title: string }>>()
    ]);
    return {
      id: user.Id,
      loginName: user.LoginName,
      title: user.Title,
      email: user.Email,
      isSiteAdmin: user.IsSiteAdmin,
      groups: groups.map((g) => g.Title)
    };
  }
}
