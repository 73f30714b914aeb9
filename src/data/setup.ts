import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import { effectivePermissions, hasRight, RIGHTS } from './permissions';
import type { ProvisionReport } from '../lists/provision';
import type { DataSite } from './hubSite';
import { readSchemaVersion } from '../lists/version';
import { SCHEMA_VERSION } from '../lists/settings';

export type SetupState = 'ready' | 'missing' | 'outdated';

export interface SetupStatus {
  state: SetupState;
  /** Version found on the site (0: never set up) and the version this package brings. */
  siteVersion: number;
  packageVersion: number;
  /** Whether the signed-in person may create lists, groups and permissions here, and set-up is offered on this site. */
  canSetUp: boolean;
  /**
   * Set when the lists are read from a site that is not set up from here (named in the web part's
   * settings, see hubSite.ts): what is missing there is for that site's owner, not this page's.
   */
  elsewhere?: string;
  /** No hub site is configured and the page's own site is the data site: it may be the wrong one to set up. */
  unconfigured?: boolean;
}

/**
 * Whether the data site's lists match the package, and the way to make them match. Set-up is
 * offered only on the tenant's configured hub site, or on the page's own site when nothing is
 * configured (DataSite.setupHere): never a second, empty set of lists on a team's site.
 */
export class SetupService {
  public constructor(
    private readonly sp: SPFI,
    private readonly dataSite?: DataSite
  ) {}

  public async status(): Promise<SetupStatus> {
    const setupHere = this.dataSite?.setupHere ?? true;
    try {
      const [siteVersion, permissions] = await Promise.all([readSchemaVersion(this.sp), effectivePermissions(this.sp.web)]);
      const canSetUp = setupHere && hasRight(permissions, RIGHTS.ManageLists) && hasRight(permissions, RIGHTS.ManagePermissions);
      const state: SetupState = siteVersion === 0 ? 'missing' : siteVersion < SCHEMA_VERSION ? 'outdated' : 'ready';
      return {
        state,
        siteVersion,
        packageVersion: SCHEMA_VERSION,
        canSetUp,
        ...(setupHere ? {} : { elsewhere: this.dataSite?.url }),
        ...(this.dataSite?.source === 'current' ? { unconfigured: true } : {})
      };
    } catch (error) {
      if (setupHere) throw error;
      // A site named in the settings that this person cannot read (any more): say where, offer nothing.
      return { state: 'missing', siteVersion: 0, packageVersion: SCHEMA_VERSION, canSetUp: false, elsewhere: this.dataSite?.url };
    }
  }

  /** Creates or upgrades the lists. Loaded on demand: most visits never need it. */
  public async run(): Promise<ProvisionReport> {
    if (this.dataSite && !this.dataSite.setupHere)
      throw new Error(`The lists of ${this.dataSite.url} are set up on that site, not from here.`);
    const { provision } = await import(/* webpackChunkName: 'ddh-provision' */ '../lists/provision');
    return provision(this.sp);
  }
}
