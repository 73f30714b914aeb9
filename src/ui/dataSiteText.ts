/**
 * The words for what is wrong with a data site someone typed in a web part's settings
 * (dataSiteCheck.ts), and the check the property pane runs: its own module, so the pane and
 * tests share it (the pane's module needs SPFx's property pane, which tests do not load).
 */
import type { SPFI } from '@pnp/sp';
import { checkDataSite, DataSiteProblem } from '../data/dataSiteCheck';
import { siteUrlOf } from '../data/hubSite';

export function dataSiteMessage(common: IHubCommonStrings, problem: DataSiteProblem): string {
  switch (problem) {
    case 'invalidUrl':
      return common.DataSiteInvalidUrl;
    case 'notFound':
      return common.DataSiteNotFound;
    case 'noAccess':
      return common.DataSiteNoAccess;
    case 'noLists':
      return common.DataSiteNoLists;
    case 'newer':
      return common.DataSiteNewer;
    default:
      return common.DataSiteUnreachable;
  }
}

/** What someone typed, checked on the site it names: '' when it will do (or is empty), else why not. */
export async function validateDataSite(
  value: string,
  common: IHubCommonStrings,
  currentWebUrl: string,
  connect: (url: string) => SPFI
): Promise<string> {
  if (!value || !value.trim()) return '';
  const url = siteUrlOf(value, currentWebUrl);
  const problem = url ? await checkDataSite(connect(url)) : 'invalidUrl';
  return problem ? dataSiteMessage(common, problem) : '';
}
