import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/security/web';
import { PermissionKind } from '@pnp/sp/security';
import type { ProvisionReport } from '../lists/provision';
import { readSchemaVersion } from '../lists/version';
import { SCHEMA_VERSION } from '../lists/settings';

export type SetupState = 'ready' | 'missing' | 'outdated';

export interface SetupStatus {
  state: SetupState;
  /** Version found on the site (0: never set up) and the version this package brings. */
  siteVersion: number;
  packageVersion: number;
  /** Whether the signed-in person may create lists, groups and permissions here. */
  canSetUp: boolean;
}

/** Whether this site's lists match the package, and the way to make them match. */
export class SetupService {
  public constructor(private readonly sp: SPFI) {}

  public async status(): Promise<SetupStatus> {
    const [siteVersion, permissions] = await Promise.all([
      readSchemaVersion(this.sp),
      this.sp.web.getCurrentUserEffectivePermissions()
    ]);
    const canSetUp = this.sp.web.hasPermissions(permissions, PermissionKind.ManageLists)
      && this.sp.web.hasPermissions(permissions, PermissionKind.ManagePermissions);
    const state: SetupState = siteVersion === 0 ? 'missing' : siteVersion < SCHEMA_VERSION ? 'outdated' : 'ready';
    return { state, siteVersion, packageVersion: SCHEMA_VERSION, canSetUp };
  }

  /** Creates or upgrades the lists. Loaded on demand: most visits never need it. */
  public async run(): Promise<ProvisionReport> {
    const { provision } = await import(/* webpackChunkName: 'ddh-provision' */ '../lists/provision');
    return provision(this.sp);
  }
}
