import { SPFI } from '@pnp/sp';
import { ConnectionStatus, reportingSp } from './connection';
import type { PageFacts } from './page';
import { SetupService } from './setup';
import { SiteRepository } from './site';

/**
 * What every app gets, built once per web part from one SPFI, and all the shared UI (src/ui) uses:
 * the data site itself and its set-up. Each app adds its own repositories (planAppServices.ts,
 * feedAppServices.ts, trainingAppServices.ts) and carries no one else's: only what an app's
 * creator names is bundled with its web part. Components receive the services through the app
 * context and never build repositories themselves.
 */
export interface CommonServices {
  /** Requests waiting for a busy SharePoint (shown by the app frame); absent in tests that fake the services. */
  connection?: ConnectionStatus;
  site: SiteRepository;
  setup: SetupService;
}

/**
 * An app's services: the common part and the app's own repositories (`own`), all over one SPFI
 * that reports each wait for a busy SharePoint to the services' `connection`.
 */
export function createAppServices<Own extends object>(given: SPFI, page: PageFacts, own: (sp: SPFI) => Own): CommonServices & Own {
  const connection = new ConnectionStatus();
  const sp = reportingSp(given, connection);
  return { connection, site: new SiteRepository(sp), setup: new SetupService(sp, page.dataSite), ...own(sp) };
}
