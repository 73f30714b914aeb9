import * as React from 'react';
import { Person } from '../../../domain/training';
import type { PeopleSource } from '../../../data/peopleSearch';
import { useHub } from '../../../ui/HubContext';
import { PeoplePicker } from '../../../ui/PeoplePicker';
import { useText } from './text';

export interface OrganiserPickerProps {
  value?: Person;
  onChange: (organiser: Person | undefined) => void;
  disabled?: boolean;
}

/**
 * The organiser, chosen from the site's users (the shared people picker, one person). The person
 * picked is confirmed with ensureUser, whose id is what the person column stores.
 */
export function OrganiserPicker(props: OrganiserPickerProps): JSX.Element {
  const { services } = useHub<'training'>();
  const s = useText();
  const source = React.useMemo<PeopleSource>(
    () => ({
      search: (text) => services.training.people.search(text),
      ensure: (person) => services.training.people.ensure(person.loginName)
    }),
    [services]
  );
  return (
    <PeoplePicker
      idPrefix="ddh-organiser"
      source={source}
      value={props.value}
      onChange={(person) => props.onChange(person && { id: person.id, name: person.name, email: person.email })}
      disabled={props.disabled}
      strings={{
        label: s.FieldOrganiser,
        hint: s.OrganiserHint,
        suggestions: s.OrganiserSuggestions,
        suggestionsLabel: s.OrganiserSuggestionsLabel,
        searching: s.OrganiserSearching,
        noResults: s.OrganiserNoResults,
        remove: s.OrganiserRemove,
        selected: s.OrganiserSelected
      }}
    />
  );
}
