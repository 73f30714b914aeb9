import { SPFI } from '@pnp/sp';
import { FeedService } from './feed';
import type { PageFacts } from './page';
import { CommonServices, createAppServices } from './services';

/** The blogs and good practices web part's services: the common part and the feed. */
export interface FeedAppServices extends CommonServices {
  feed: FeedService;
}

/** The services the feed web part uses. The plan and training repositories stay out of its bundle. */
export function createFeedAppServices(given: SPFI, page: PageFacts = {}): FeedAppServices {
  return createAppServices(given, page, (sp) => ({ feed: new FeedService(sp) }));
}

/** The feed web part's first read (its first page), for startEarly / takeEarly (earlyRead.ts). */
export function feedFirstRead(services: FeedAppServices): ReturnType<FeedService['firstView']> {
  return services.feed.firstView();
}
