/**
 * The three apps, imported by the page once the shown apps' first reads have left (index.tsx
 * `start`), as each web part's onInit imports its app (HubWebPartBase `loadApp`): in the page's
 * script (`webpackMode: 'eager'`), evaluated while the reads travel.
 */
export { PlanSubmissionsApp } from '../../src/webparts/planSubmissions/components/PlanSubmissionsApp';
export { PracticeFeedApp } from '../../src/webparts/practiceFeed/components/PracticeFeedApp';
export { TrainingRegistryApp } from '../../src/webparts/trainingRegistry/components/TrainingRegistryApp';
