import { SPFI } from '@pnp/sp';
import { ConnectionStatus, reportingSp } from './connection';
import { FeedService } from './feed';
import { createPlanServices, PlanServices } from './plans';
import type { PageFacts } from './page';
import { SetupService } from './setup';
import { SiteRepository } from './site';
import { TrainingService } from './training';

/**
 * Everything the apps need from SharePoint, built once per web part from one SPFI.
 * Components receive it through the app context and never build repositories themselves.
 */
export interface HubServices {
  /** Requests waiting for a busy SharePoint (shown by the app frame); absent in tests that fake the services. */
  connection?: ConnectionStatus;
  site: SiteRepository;
  setup: SetupService;
  training: TrainingService;
  plans: PlanServices;
  feed: FeedService;
}

export function createServices(given: SPFI, page: PageFacts = {}): HubServices {
  const connection = new ConnectionStatus();
  const sp = reportingSp(given, connection);
  return {
    connection,
    site: new SiteRepository(sp),
    setup: new SetupService(sp, page.dataSite),
    training: new TrainingService(sp, page),
    plans: createPlanServices(sp, page),
    feed: new FeedService(sp)
  };
}
