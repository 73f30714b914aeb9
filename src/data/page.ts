import type { DataSite } from './hubSite';
import type { GraphMailClient } from './messages';

/**
 * What the SharePoint page already knows when a web part starts, so a first view need not ask:
 * SPFx hands it over in `pageContext.legacyPageContext` (the workbench page does the same).
 */
export interface PageFacts {
  /** The signed-in person's user id in this site (`legacyPageContext.userId`). */
  userId?: number;
  /**
   * Which site the services read (hubSite.ts); undefined: the page's own site, set up from here.
   * When it is another site, `userId` is left out: user ids are per site.
   */
  dataSite?: DataSite;
  /**
   * Microsoft Graph as the signed-in person (SPFx: `msGraphClientFactory.getClient('3')`; the
   * workbench: its Graph stand-in), for the e-mail that tells people it is their turn. Absent: no mail.
   */
  graph?: () => Promise<GraphMailClient>;
}
