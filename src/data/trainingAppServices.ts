import { SPFI } from '@pnp/sp';
import { ConnectionStatus, reportingSp } from './connection';
import type { FeedService } from './feed';
import type { PlanServices } from './plans';
import type { PageFacts } from './page';
import type { HubServices } from './services';
import { SetupService } from './setup';
import { SiteRepository } from './site';
import { TrainingService } from './training';

/**
 * The services the training web part uses: site, set-up and training. The plan and feed
 * repositories — and the feed's DOMPurify — stay out of its bundle (the training app renders no
 * HTML: descriptions are plain text); reaching for them is a programming error.
 */
export function createTrainingAppServices(given: SPFI, page: PageFacts = {}): HubServices {
  const connection = new ConnectionStatus();
  const sp = reportingSp(given, connection);
  const absent = (name: string): Error => new Error(`The training web part is built without the ${name} services.`);
  return {
    connection,
    site: new SiteRepository(sp),
    setup: new SetupService(sp, page.dataSite),
    training: new TrainingService(sp, page),
    get plans(): PlanServices {
      throw absent('plan');
    },
    get feed(): FeedService {
      throw absent('feed');
    }
  };
}
