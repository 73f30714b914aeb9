/**
 * People for the organiser field: the site's users, searched by the start of their name, and
 * `ensureUser` for the one picked (it answers with the id the person has on this site, which is
 * what a person column stores, and adds them to the site's users if they were not there yet).
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { Person } from '../people';
import { odataString } from '../odata';

/** SharePoint's PrincipalType for a user (groups and security groups are left out). */
const USER_PRINCIPAL = 1;
export const PEOPLE_SEARCH_TOP = 8;
/** Shorter text would list half the directory. */
export const PEOPLE_SEARCH_MIN_LENGTH = 2;

interface UserRow { Id: number; Title: string; Email: string; LoginName: string }

const toPerson = (row: UserRow): Person => ({ id: row.Id, title: row.Title, email: row.Email || '', loginName: row.LoginName });

export class PeopleSearch {
  public constructor(private readonly sp: SPFI) {}

  /** Site users whose name starts with `text` (case-insensitive), at most PEOPLE_SEARCH_TOP. */
  public async search(text: string): Promise<Person[]> {
    const term = text.trim();
    if (term.length < PEOPLE_SEARCH_MIN_LENGTH) return [];
    // The typed text goes through odataString: an apostrophe (O'Brien) is doubled, never ends the literal.
    const rows = await this.sp.web.siteUsers
      .filter(`startswith(Title,${odataString(term)}) and PrincipalType eq ${USER_PRINCIPAL}`)
      .select('Id', 'Title', 'Email', 'LoginName').top(PEOPLE_SEARCH_TOP)<UserRow[]>();
    return rows.map(toPerson);
  }

  /** The picked person as this site knows them (their site user id), added to the site if needed. */
  public async ensure(loginName: string): Promise<Person> {
    return toPerson(await this.sp.web.ensureUser(loginName));
  }
}
