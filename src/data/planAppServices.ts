import { SPFI } from '@pnp/sp';
import { ConnectionStatus, reportingSp } from './connection';
import type { FeedService } from './feed';
import { createPlanServices } from './plans';
import type { PageFacts } from './page';
import type { HubServices } from './services';
import { SetupService } from './setup';
import { SiteRepository } from './site';
import type { TrainingService } from './training';

/**
 * The services the plan apps (the web part and the list form customizer) use: site, set-up and
 * plans. The feed and training repositories — and the feed's DOMPurify — stay out of their
 * bundles (about 20 KB gzip of the first view); reaching for them is a programming error.
 */
export function createPlanAppServices(given: SPFI, page: PageFacts = {}): HubServices {
  const connection = new ConnectionStatus();
  const sp = reportingSp(given, connection);
  const absent = (name: string): Error => new Error(`The plan apps are built without the ${name} services.`);
  return {
    connection,
    site: new SiteRepository(sp),
    setup: new SetupService(sp, page.dataSite),
    plans: createPlanServices(sp, page),
    get training(): TrainingService {
      throw absent('training');
    },
    get feed(): FeedService {
      throw absent('feed');
    }
  };
}
