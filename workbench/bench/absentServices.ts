/**
 * Stands in for the services of the two web parts a bench page does not show (browser.ts,
 * splitHarness), as absentApp.tsx does for their apps: a web part's bundle holds its own data
 * layer only (e.g. the plans' bundle has no DOMPurify), so the page evaluates one, not three.
 */
const none = (): object => ({});
const nothingToRead = (): Promise<void> => Promise.resolve();

export const createPlanAppServices = none;
export const planFirstRead = nothingToRead;
export const createFeedAppServices = none;
export const feedFirstRead = nothingToRead;
export const createTrainingAppServices = none;
export const trainingFirstRead = nothingToRead;
