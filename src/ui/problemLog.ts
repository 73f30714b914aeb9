/**
 * Sends every problem the data layer describes to SPFx's log (`Log.error` of
 * @microsoft/sp-core-library), with SharePoint's SPRequestGuid, so support can find the failed
 * request a user quotes. Kept out of src/data so the data layer runs without SPFx (tests, the
 * workbench); sp-core-library is provided by SharePoint at run time, not bundled (it ships an
 * SPFx component manifest, which the SPFx build links as an external).
 */
import { Log } from '@microsoft/sp-core-library';
import { setProblemLog } from '../data/errors';

export function logProblemsToSpfx(): void {
  setProblemLog((source, error) => Log.error(source, error));
}
