/**
 * Stands in for the two web parts a bench page does not show (browser.ts, splitHarness): each web
 * part is a bundle of its own on a tenant, so a page with one web part parses one app, not three.
 */
export const PlanSubmissionsApp = (): null => null;
export const PracticeFeedApp = (): null => null;
export const TrainingRegistryApp = (): null => null;
