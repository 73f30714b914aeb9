/** Labelled inputs of the plan form: choices, people and the rows of section 6. */
import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { PersonRef } from '../../../domain/plans/plan';
import { useHub } from '../../../ui/HubContext';
import type { Person } from '../../../data/people';
import type { PeopleSource } from '../../../data/peopleSearch';
import { PeoplePicker } from '../../../ui/PeoplePicker';
import { Strings } from './labels';

/** A group of checkboxes in a fieldset, its legend the question. */
export function MultiChoice<T extends string>(props: {
  id: string; legend: string; options: readonly T[]; chosen: readonly T[]; labelOf: (value: T) => string;
  onChange: (chosen: T[]) => void; error?: string; disabled?: boolean;
}): JSX.Element {
  const { id, legend, options, chosen, labelOf, onChange, error, disabled } = props;
  const toggle = (value: T, on: boolean): void => {
    onChange(on ? options.filter((o) => o === value || chosen.indexOf(o) >= 0) : chosen.filter((c) => c !== value));
  };
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined} style={{ border: 0, padding: 0, margin: '12px 0' }}>
      <legend style={{ fontWeight: 600, marginBottom: 6 }}>{legend}</legend>
      {options.map((o) => (
        <Checkbox key={o} label={labelOf(o)} checked={chosen.indexOf(o) >= 0} disabled={disabled}
          onChange={(_, on) => toggle(o, !!on)} styles={{ root: { marginBottom: 6 } }} />
      ))}
      {error && <div id={`${id}-error`} role="alert" style={{ color: 'var(--ddh-error, #a4262c)' }}>{error}</div>}
    </fieldset>
  );
}

/**
 * Picks a person from the site's users (by name or e-mail), or an e-mail address from the
 * directory (ensureuser): the shared people picker, one person.
 */
export function PersonPicker(props: {
  id: string; label: string; value: PersonRef | null; onChange: (person: PersonRef | null) => void;
  strings: Strings; error?: string; disabled?: boolean;
}): JSX.Element {
  const { id, label, value, onChange, strings, error, disabled } = props;
  const { services, common } = useHub();
  const source = React.useMemo<PeopleSource>(() => {
    const toPerson = (p: PersonRef): Person => ({ id: p.id || 0, loginName: p.loginName, title: p.title, email: '' });
    return {
      search: async (text) => (await services.plans.people.search(text)).map(toPerson),
      fromDirectory: async (email) => toPerson(await services.plans.people.ensure(email))
    };
  }, [services]);
  return (
    <PeoplePicker
      idPrefix={`${id}-picker`}
      inputId={id}
      placeholder={strings.People_search}
      source={source}
      value={value ? { id: value.id || 0, name: value.title || value.loginName, loginName: value.loginName } : undefined}
      onChange={(person) => onChange(person ? { id: person.id, loginName: person.loginName || '', title: person.name } : null)}
      disabled={disabled}
      errorMessage={error}
      strings={{
        label, suggestionsLabel: strings.People_search, searching: common.Loading, noResults: strings.People_noResults,
        remove: strings.People_change, selected: label, chosen: strings.People_chosen, fromDirectory: strings.People_useEmail
      }}
    />
  );
}
