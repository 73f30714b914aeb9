import { SPFI } from '@pnp/sp';
import { createPlanServices, PlanServices } from './plans';
import type { PageFacts } from './page';
import { CommonServices, createAppServices } from './services';

/** The plan apps' services (the web part and the list form customizer): the common part and the plans. */
export interface PlanAppServices extends CommonServices {
  plans: PlanServices;
}

/**
 * The services the plan apps use. The feed and training repositories — and the feed's DOMPurify —
 * stay out of their bundles (about 20 KB gzip of the first view).
 */
export function createPlanAppServices(given: SPFI, page: PageFacts = {}): PlanAppServices {
  return createAppServices(given, page, (sp) => ({ plans: createPlanServices(sp, page) }));
}

/** The plans web part's first read (its overview), for startEarly / takeEarly (earlyRead.ts). */
export function planFirstRead(services: PlanAppServices): ReturnType<PlanServices['repository']['overview']> {
  return services.plans.repository.overview();
}
