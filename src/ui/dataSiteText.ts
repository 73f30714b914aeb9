/**
 * The words for what is wrong with a data site someone typed in a web part's settings
 * (dataSiteCheck.ts): its own module, so the property pane and tests share it.
 */
import type { DataSiteProblem } from '../data/dataSiteCheck';

export function dataSiteMessage(common: IHubCommonStrings, problem: DataSiteProblem): string {
  switch (problem) {
    case 'invalidUrl': return common.DataSiteInvalidUrl;
    case 'notFound': return common.DataSiteNotFound;
    case 'noAccess': return common.DataSiteNoAccess;
    case 'noLists': return common.DataSiteNoLists;
    case 'newer': return common.DataSiteNewer;
    default: return common.DataSiteUnreachable;
  }
}
