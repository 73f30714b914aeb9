import * as React from 'react';
import type { IPersonaProps } from '@fluentui/react/lib/Persona';
import { NormalPeoplePicker } from '@fluentui/react/lib/Pickers';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { PersonRef } from '../../../data/feed';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { LightText as Text } from '../../../ui/light';
import { LightLabel } from '../../../ui/lightForms';
import { useFeed } from './FeedContext';
import { ProblemMessage } from './lazy';

export interface OwnerPickerProps {
  value: PersonRef[];
  onChange(people: PersonRef[]): void;
  disabled?: boolean;
  errorMessage?: string;
}

interface Option extends IPersonaProps {
  person: PersonRef;
}

const INPUT_ID = 'ddh-owner-input';
const LABEL_ID = 'ddh-owner-label';
const HINT_ID = 'ddh-owner-hint';
const ERROR_ID = 'ddh-owner-error';

/**
 * A blog's writers, chosen from the site's users: type the start of a name, move through the
 * suggestions with the arrow keys, Enter adds; each chosen person has a remove button (Tab to it,
 * Enter). Fluent's picker sets the input's aria-describedby itself, so the label, the hint and
 * the error are on a group around it (and the label on the input too).
 */
export function OwnerPicker(props: OwnerPickerProps): JSX.Element {
  const { services } = useHub();
  const { strings } = useFeed();
  const theme = useTheme();
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const selected: Option[] = props.value.map((person) => ({ key: `owner-${person.id}`, text: person.name, person }));

  const resolve = async (filter: string): Promise<Option[]> => {
    try {
      setProblem(undefined);
      const found = await services.feed.blogs.findPeople(filter);
      return found
        .filter((user) => !props.value.some((p) => p.id === user.id))
        .map((user) => ({ key: `owner-${user.id}`, text: user.title, secondaryText: user.email, person: { id: user.id, name: user.title } }));
    } catch (error) {
      setProblem(await toProblem(error));
      return [];
    }
  };

  return (
    <div style={{ marginTop: 8 }} role="group" aria-labelledby={LABEL_ID} aria-describedby={props.errorMessage ? `${HINT_ID} ${ERROR_ID}` : HINT_ID}>
      <LightLabel id={LABEL_ID} htmlFor={INPUT_ID} required>{strings.OwnerPeopleLabel}</LightLabel>
      <NormalPeoplePicker
        selectedItems={selected}
        onResolveSuggestions={(filter) => resolve(filter)}
        onChange={(items) => props.onChange(((items || []) as Option[]).map((o) => o.person))}
        getTextFromItem={(item) => item.text || ''}
        resolveDelay={300}
        disabled={props.disabled}
        removeButtonAriaLabel={strings.OwnerRemove}
        selectionAriaLabel={strings.OwnerSelected}
        inputProps={{ id: INPUT_ID, 'aria-label': strings.OwnerPeopleLabel }}
        pickerSuggestionsProps={{
          suggestionsHeaderText: strings.OwnerSuggestions,
          suggestionsContainerAriaLabel: strings.OwnerSuggestionsLabel,
          noResultsFoundText: strings.OwnerNoResults,
          loadingText: strings.OwnerSearching
        }}
      />
      <Text id={HINT_ID} variant="small" block>{strings.OwnerPeopleHint}</Text>
      {props.errorMessage && <Text id={ERROR_ID} role="alert" variant="small" block style={{ color: theme.semanticColors.errorText }}>{props.errorMessage}</Text>}
      {problem && <ProblemMessage problem={problem} />}
    </div>
  );
}
