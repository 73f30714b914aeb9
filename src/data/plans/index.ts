/** Plan submissions over SharePoint: the repositories of the plan apps' services (planAppServices.ts). */
import { SPFI } from '@pnp/sp';
import type { PageFacts } from '../page';
import { PeopleDirectory } from './people';
import { PlanNotices } from './notices';
import { PlanRepository } from './PlanRepository';
import { attachmentWrites } from '../attachments';
import { PLAN_LISTS } from '../../lists/planLists';

export * from './PlanRepository';
export { PeopleDirectory } from './people';
export { PlanNotices } from './notices';
export { NoMailHost } from '../mailHost';
export type { OwedNotice } from './notices';
export type { PlanListing } from './summaries';
export type { ApprovedMatches } from './approvedSearch';
export type { OlderPlans } from './olderQueue';
export type { InReview, ListingPage, StateCount } from './overview';
export { COUNT_CAP, LIST_PAGE, MAP_APPROVALS, QUEUE_WINDOW_DAYS } from './overview';

export interface PlanServices {
  repository: PlanRepository;
  people: PeopleDirectory;
  /** The e-mail each submit and decision owes (notices.ts). */
  notices: PlanNotices;
  /** Files attached to plans (the plan's author adds; whoever reads the plan reads them). */
  attachments: ReturnType<typeof attachmentWrites>;
}

export function createPlanServices(sp: SPFI, page: PageFacts = {}): PlanServices {
  return {
    repository: new PlanRepository(sp, page),
    people: new PeopleDirectory(sp),
    notices: new PlanNotices(sp, page.graph),
    attachments: attachmentWrites(sp, PLAN_LISTS.plans.title)
  };
}
