/** A SharePoint user as the suite shows and stores them. */
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
