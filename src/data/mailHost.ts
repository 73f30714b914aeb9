/** Nothing can be sent here: a host without Microsoft Graph (the web parts' e-mail is optional). */
export class NoMailHost extends Error {
  public constructor() {
    super('This page cannot send e-mail.');
    this.name = 'NoMailHost';
  }
}
