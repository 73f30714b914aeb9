import * as React from 'react';
import type { PersonRef } from '../../../data/feed';
import type { PeopleSource } from '../../../data/peopleSearch';
import { useHub } from '../../../ui/HubContext';
import { PeoplePicker } from '../../../ui/PeoplePicker';
import { useText } from './text';

export interface OwnerPickerProps {
  value: PersonRef[];
  onChange(people: PersonRef[]): void;
  disabled?: boolean;
  errorMessage?: string;
}

/** A blog's writers, chosen from the site's users (the shared people picker, several people). */
export function OwnerPicker(props: OwnerPickerProps): JSX.Element {
  const { services } = useHub<'feed'>();
  const strings = useText();
  const source = React.useMemo<PeopleSource>(() => ({ search: (text) => services.feed.blogs.findPeople(text) }), [services]);
  return (
    <PeoplePicker
      multiple
      idPrefix="ddh-owner"
      required
      source={source}
      value={props.value}
      onChange={(people) => props.onChange(people.map((p) => ({ id: p.id, name: p.name })))}
      disabled={props.disabled}
      errorMessage={props.errorMessage}
      strings={{
        label: strings.OwnerPeopleLabel,
        hint: strings.OwnerPeopleHint,
        suggestions: strings.OwnerSuggestions,
        suggestionsLabel: strings.OwnerSuggestionsLabel,
        searching: strings.OwnerSearching,
        noResults: strings.OwnerNoResults,
        remove: strings.OwnerRemove,
        selected: strings.OwnerSelected
      }}
    />
  );
}
