/**
 * The plans' strings and views for their components (the one way, src/ui/appContext.tsx), and the
 * domain's ids and codes in the page's language. Brand names are the same in every language.
 */
import { Channel, Plan, PlanField, PlanPart, SUBSECTION_OF } from '../../../domain/plans/plan';
import { PlanState, WorkflowReason } from '../../../domain/plans/workflow';
import { createNavigation, createText } from '../../../ui/appContext';
import { dateFormat } from '../../../ui/format';

export type Strings = IPlanSubmissionsWebPartStrings;

/** Where the reader is: the lists, one plan, or a new plan (`unsaved`: the copy this browser kept of one never saved). */
export type Route = { view: 'list' } | { view: 'plan'; planId: number } | { view: 'new'; unsaved?: Plan };

export const { TextProvider, useText } = createText<IPlanSubmissionsWebPartStrings>('plan submissions');
export const { NavigationProvider, useNavigate } = createNavigation<Route>('plan submissions');

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

export function subsection(field: PlanField): string | undefined {
  return SUBSECTION_OF[field];
}

export function dateTime(locale: string, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (isNaN(date.getTime())) return '';
  return dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}
