/**
 * People for the organiser field: the site's users, searched by the start of any word of their name, and
 * `ensureUser` for the one picked (it answers with the id the person has on this site, which is
 * what a person column stores, and adds them to the site's users if they were not there yet).
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { findSiteUsers, Person } from '../people';

export const PEOPLE_SEARCH_TOP = 8;
/** Shorter text would list half the directory. */
export const PEOPLE_SEARCH_MIN_LENGTH = 2;

interface UserRow {
  Id: number;
  Title: string;
  Email: string;
  LoginName: string;
}

const toPerson = (row: UserRow): Person => ({ id: row.Id, title: row.Title, email: row.Email || '', loginName: row.LoginName });

export class PeopleSearch {
  public constructor(private readonly sp: SPFI) {}

  /** Site users with a word of their name starting with `text` (case-insensitive), at most PEOPLE_SEARCH_TOP. */
  public async search(text: string): Promise<Person[]> {
    if (text.trim().length < PEOPLE_SEARCH_MIN_LENGTH) return [];
    return findSiteUsers(this.sp, text, PEOPLE_SEARCH_TOP);
  }

  /** The picked person as this site knows them (their site user id), added to the site if needed. */
  public async ensure(loginName: string): Promise<Person> {
    return toPerson(await this.sp.web.ensureUser(loginName));
  }
}
