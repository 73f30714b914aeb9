/** Plan submissions over SharePoint: the repositories of the plan apps' services (planAppServices.ts). */
import { SPFI } from '@pnp/sp';
import type { PageFacts } from '../page';
import { PeopleDirectory } from './people';
import type { PlanNotices } from './notices';
import { loadOnce } from '../loadOnce';
import { PlanRepository } from './PlanRepository';
import { attachmentWrites } from '../attachments';
import { PLAN_LISTS } from '../../lists/planLists';

export * from './PlanRepository';
export { PeopleDirectory } from './people';
export type { PlanNotices } from './notices';
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
  /**
   * The e-mail each submit and decision owes (notices.ts), loaded with the plan page's first
   * message, as training's: the first view has no room for it.
   */
  notices: () => Promise<PlanNotices>;
  /** Whether this page can send e-mail (a host with Microsoft Graph). */
  canSendMail: boolean;
  /** Files attached to plans (the plan's author adds; whoever reads the plan reads them). */
  attachments: ReturnType<typeof attachmentWrites>;
}

export function createPlanServices(sp: SPFI, page: PageFacts = {}): PlanServices {
  return {
    repository: new PlanRepository(sp, page),
    people: new PeopleDirectory(sp),
    notices: loadOnce(() => import(/* webpackChunkName: 'ddh-plan-notices' */ './notices').then((m) => new m.PlanNotices(sp, page.graph))),
    canSendMail: !!page.graph,
    attachments: attachmentWrites(sp, PLAN_LISTS.plans.title)
  };
}
