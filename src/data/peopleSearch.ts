/**
 * What a people picker needs from the site: the site's users matching what was typed, and
 * (where a person column will store the pick) the person as this site knows them, ensured. Each
 * web part keeps its own query behind it (the feed and training search by the start of the name,
 * users only, 8 at most; see their data modules), so the server sees the same requests as before.
 */
import type { Person } from './people';

export interface PeopleSource {
  /** Site users (not groups) for the text; an empty list when it is too short to search. */
  search(text: string): Promise<Person[]>;
  /** The picked person's id on this site (ensureUser, which adds them if needed); left out, the pick is taken as found. */
  ensure?(person: Person): Promise<Person>;
  /** Someone from the directory by their e-mail address, made known to the site (ensureUser); offered when the search finds nobody. */
  fromDirectory?(email: string): Promise<Person>;
}
