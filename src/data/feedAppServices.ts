import { SPFI } from '@pnp/sp';
import { ConnectionStatus, reportingSp } from './connection';
import { FeedService } from './feed';
import type { PlanServices } from './plans';
import type { PageFacts } from './page';
import type { HubServices } from './services';
import { SetupService } from './setup';
import { SiteRepository } from './site';
import type { TrainingService } from './training';

/**
 * The services the blogs and good practices web part uses: site, set-up and the feed. The plan
 * and training repositories stay out of its bundle; reaching for them is a programming error.
 */
export function createFeedAppServices(given: SPFI, page: PageFacts = {}): HubServices {
  const connection = new ConnectionStatus();
  const sp = reportingSp(given, connection);
  const absent = (name: string): Error => new Error(`The feed app is built without the ${name} services.`);
  return {
    connection,
    site: new SiteRepository(sp),
    setup: new SetupService(sp, page.dataSite),
    feed: new FeedService(sp),
    get plans(): PlanServices {
      throw absent('plan');
    },
    get training(): TrainingService {
      throw absent('training');
    }
  };
}
