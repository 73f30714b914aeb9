/**
 * The plan form's own words: a problem found in a plan, in the user's words, and the id of the
 * input it points at. Apart from text.ts, which the first view (the lists) carries: only the form
 * needs these.
 */
import { PlanField, PlanPart } from '../../../domain/plans/plan';
import { PlanProblem } from '../../../domain/plans/validation';
import { format } from '../../../ui/format';
import { Strings, channelLabel, fieldLabel, label } from './text';

/** "4B. Publishing frequency, row 2 (How many)": where a problem is, in the user's words. */
function where(strings: Strings, problem: PlanProblem): string {
  let text = fieldLabel(strings, problem.field);
  if (problem.row !== undefined) text = format(strings.RowLabel, text, problem.row + 1);
  if (problem.column) text += ` (${label(strings, 'Column_', problem.column)})`;
  return text;
}

export function problemText(strings: Strings, problem: PlanProblem): string {
  const value = problem.channel ? channelLabel(strings, problem.channel) : problem.value || '';
  const second = problem.limit !== undefined ? problem.limit : value;
  return format(label(strings, 'Problem_', problem.code), where(strings, problem), second);
}

/** The id of the input a problem points at, so the summary can link to it. */
export function inputId(part: PlanPart, field: PlanField, row?: number, column?: string): string {
  return ['ddh-plan', part, field, row === undefined ? '' : String(row), column || ''].filter(Boolean).join('-');
}
