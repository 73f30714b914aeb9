import { ProblemKind } from '../data/errors';

/**
 * A failed call's explanation in the page's language. A module of its own, so views that show it
 * in their own way do not bring ProblemMessage's Fluent MessageBar and button with them.
 */
export function problemText(kind: ProblemKind, common: IHubCommonStrings): string {
  switch (kind) {
    case 'throttled':
      return common.ErrorThrottled;
    case 'offline':
      return common.ErrorOffline;
    case 'accessDenied':
      return common.ErrorAccessDenied;
    case 'conflict':
      return common.ErrorConflict;
    case 'threshold':
      return common.ErrorThreshold;
    default:
      return common.ErrorUnknown;
  }
}
