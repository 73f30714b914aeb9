/** Turning the domain's ids and codes into the page's language. Brand names are the same in every language. */
import { Channel, PlanField, PlanPart, SUBSECTION_OF } from '../../../domain/plans/plan';
import { PlanProblem } from '../../../domain/plans/validation';
import { PlanState, WorkflowReason } from '../../../domain/plans/workflow';
import { dateFormat, format } from '../../../ui/format';

export type Strings = IPlanSubmissionsWebPartStrings;

/** Product names, not words: written once here rather than copied into three loc files. */
const BRANDS: Partial<Record<Channel, string>> = {
  facebook: 'Facebook',
  x: 'X (Twitter)',
  instagram: 'Instagram',
  linkedIn: 'LinkedIn',
  youtube: 'YouTube',
  flickr: 'Flickr'
};

/** A loc string by a key built from an id, e.g. `label(s, 'State_', 'draft')`. */
export function label(strings: Strings, prefix: string, id: string): string {
  const value = (strings as unknown as Record<string, string>)[prefix + id];
  return value === undefined ? id : value;
}

export function channelLabel(strings: Strings, channel: Channel): string {
  return BRANDS[channel] || label(strings, 'Channel_', channel);
}

export function stateLabel(strings: Strings, state: PlanState): string {
  return label(strings, 'State_', state);
}

export function sectionLabel(strings: Strings, part: PlanPart): string {
  return label(strings, 'Section_', part);
}

export function fieldLabel(strings: Strings, field: PlanField): string {
  return label(strings, 'Field_', field);
}

export function reasonText(strings: Strings, reason: WorkflowReason | 'incomplete'): string {
  return label(strings, 'Reason_', reason);
}

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

export function subsection(field: PlanField): string | undefined {
  return SUBSECTION_OF[field];
}

export function dateTime(locale: string, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (isNaN(date.getTime())) return '';
  return dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}
