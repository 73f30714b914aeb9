/** A SharePoint user as the suite shows and stores them, and finding the site's users by name. */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { odataString } from './odata';

export interface Person {
  id: number;
  loginName: string;
  title: string;
  email: string;
}

/** The signed-in person and the site groups that give them their roles. */
export interface Me extends Person {
  isSiteAdmin: boolean;
  groups: string[];
}

interface SiteUserRow {
  Id: number;
  Title: string;
  Email?: string;
  LoginName: string;
}

/** Does a word of `name` start with `text`? Case-insensitive; "Järv" → "Sofia Järvinen", "Anna-Liisa Virtanen" → "liisa". */
export function nameWordStartsWith(name: string, text: string): boolean {
  const wanted = text.trim().toLocaleLowerCase();
  if (!wanted) return false;
  const lower = name.toLocaleLowerCase();
  return lower.startsWith(wanted) || lower.split(/[\s-]+/).some((word) => word.startsWith(wanted));
}

/**
 * The site's users (not groups) for a people picker, matched as SharePoint's own picker matches:
 * by the start of any word of the name ("Järv" finds Sofia Järvinen), and by e-mail when asked.
 * The site users collection is no list (no view threshold): the server narrows it by substring,
 * and the word rule keeps what a person would expect ("ärvinen" finds nobody). The text goes
 * through odataString, so an apostrophe (O'Brien) never ends the literal.
 */
export async function findSiteUsers(sp: SPFI, text: string, top: number, options: { email?: boolean } = {}): Promise<Person[]> {
  const term = text.trim();
  const literal = odataString(term);
  const match = options.email ? `(substringof(${literal},Title) or substringof(${literal},Email))` : `substringof(${literal},Title)`;
  const rows = await sp.web.siteUsers
    .filter(`${match} and PrincipalType eq 1`)
    .select('Id', 'Title', 'Email', 'LoginName')
    .top(Math.max(top * 5, 50))<SiteUserRow[]>();
  const lower = term.toLocaleLowerCase();
  return rows
    .filter((r) => nameWordStartsWith(r.Title, term) || (!!options.email && (r.Email || '').toLocaleLowerCase().startsWith(lower)))
    .slice(0, top)
    .map((r) => ({ id: r.Id, title: r.Title, email: r.Email || '', loginName: r.LoginName }));
}
