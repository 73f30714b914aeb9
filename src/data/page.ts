/**
 * What the SharePoint page already knows when a web part starts, so a first view need not ask:
 * SPFx hands it over in `pageContext.legacyPageContext` (the workbench page does the same).
 */
export interface PageFacts {
  /** The signed-in person's user id in this site (`legacyPageContext.userId`). */
  userId?: number;
}
