import { SPFI } from '@pnp/sp';
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
  site: SiteRepository;
  setup: SetupService;
  training: TrainingService;
  plans: PlanServices;
  feed: FeedService;
}

export function createServices(sp: SPFI, page: PageFacts = {}): HubServices {
  return {
    site: new SiteRepository(sp),
    setup: new SetupService(sp, page.dataSite),
    training: new TrainingService(sp),
    plans: createPlanServices(sp, page),
    feed: new FeedService(sp)
  };
}
