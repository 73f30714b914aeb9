/**
 * @pnp/sp as a web part gets it in SharePoint: `spfi().using(SPFx(context))`, with the pieces of the
 * SPFx context that behaviour reads — the web's absolute URL and the page's request digest
 * (`legacyPageContext.formDigestValue`, which the workbench page carries like a SharePoint page does).
 * So the workbench runs the very behaviour the package runs: same headers, retries, parsing and
 * digest handling (no `_api/contextinfo` round trip until the page's digest expires).
 */
import { spfi, SPFI, SPFx } from '@pnp/sp';

/** Where the page is: the hub's own page, a Teams tab on a team's site, a Teams personal app (root site). */
export type Host = 'hub' | 'teamTab' | 'personalApp';

export interface PageContextInfo {
  host: Host;
  siteUrl: string;
  formDigestValue: string;
  formDigestTimeoutSeconds: number;
}

export function pageContextInfo(element: HTMLElement): PageContextInfo {
  const host = element.dataset.host;
  return {
    host: host === 'teamTab' || host === 'personalApp' ? host : 'hub',
    siteUrl: element.dataset.siteUrl as string,
    formDigestValue: element.dataset.formDigest ?? '',
    formDigestTimeoutSeconds: Number(element.dataset.formDigestTimeout ?? 0)
  };
}

/** @pnp/sp for the page's own site, or for another site of the tenant (the data site) by its absolute URL. */
export function pageSp(page: PageContextInfo, url?: string): SPFI {
  const context = {
    pageContext: {
      web: { absoluteUrl: page.siteUrl },
      legacyPageContext: { formDigestValue: page.formDigestValue || undefined, formDigestTimeoutSeconds: page.formDigestTimeoutSeconds }
    }
  };
  // SPFx() reads only these fields of the web part's context.
  return (url ? spfi(url) : spfi()).using(SPFx(context as unknown as Parameters<typeof SPFx>[0]));
}
