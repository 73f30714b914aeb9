import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { Me } from './people';
import { loadOnce } from './loadOnce';
import type { Mission } from './missions';

interface SiteUserRow {
  Id: number;
  LoginName: string;
  Title: string;
  Email: string;
  IsSiteAdmin: boolean;
}

/** The site itself: who is signed in and which groups they belong to. */
export class SiteRepository {
  /**
   * The site's absolute URL when @pnp/sp knows it ('' when it resolves against the page, as with
   * SPFx's behaviour and no URL): for pages of the site such as the person photo page.
   */
  public readonly url: string;

  /** The foreign service's missions for the embassy and unit pickers (missions.ts, loaded when first asked for). */
  public readonly missions: () => Promise<Mission[]>;

  public constructor(private readonly sp: SPFI) {
    this.missions = loadOnce(() => import(/* webpackChunkName: 'ddh-missions' */ './missions').then((m) => m.readMissions(sp)));
    const api = sp.web.toUrl();
    const at = api.toLowerCase().indexOf('/_api/');
    this.url = /^https?:/i.test(api) && at > 0 ? api.slice(0, at) : '';
  }

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
