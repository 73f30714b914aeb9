import * as React from 'react';
import { Label } from '@fluentui/react/lib/Label';
import { IPersonaProps } from '@fluentui/react/lib/Persona';
import { NormalPeoplePicker } from '@fluentui/react/lib/Pickers';
import { Text } from '@fluentui/react/lib/Text';
import { Person } from '../../../domain/training';
import { Person as SiteUser } from '../../../data/people';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { ProblemNotice } from './light/Problem';
import { useText } from './text';

export interface OrganiserPickerProps {
  value?: Person;
  onChange: (organiser: Person | undefined) => void;
  disabled?: boolean;
}

interface Option extends IPersonaProps {
  /** The site user behind the suggestion; undefined for the value already chosen. */
  user?: SiteUser;
}

const INPUT_ID = 'ddh-organiser-input';
const LABEL_ID = 'ddh-organiser-label';
const HINT_ID = 'ddh-organiser-hint';

/**
 * The organiser, chosen from the site's users: type the start of a name, move through the
 * suggestions with the arrow keys, Enter picks; the chosen person's remove button (Tab to it,
 * Enter) clears, and the search field comes back. The person picked is confirmed with ensureUser,
 * whose id is what the person column stores. Fluent's picker sets the input's aria-describedby
 * itself, so the label and the hint are on a group around it (and the label on the input too).
 */
export function OrganiserPicker(props: OrganiserPickerProps): JSX.Element {
  const { services } = useHub();
  const s = useText();
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const [busy, setBusy] = React.useState(false);

  const selected: Option[] = props.value
    ? [{ key: `organiser-${props.value.id}`, text: props.value.name, secondaryText: props.value.email } as Option]
    : [];

  const resolve = async (filter: string): Promise<Option[]> => {
    try {
      setProblem(undefined);
      const found = await services.training.people.search(filter);
      return found
        .filter((user) => !props.value || user.id !== props.value.id)
        .map((user) => ({ key: user.loginName, text: user.title, secondaryText: user.email, user } as Option));
    } catch (error) {
      setProblem(await toProblem(error));
      return [];
    }
  };

  const change = async (items?: Option[]): Promise<void> => {
    const picked = items && items[0];
    if (!picked) { props.onChange(undefined); return; }
    if (!picked.user) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const ensured = await services.training.people.ensure(picked.user.loginName);
      props.onChange({ id: ensured.id, name: ensured.title, email: ensured.email || undefined });
    } catch (error) {
      setProblem(await toProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ marginTop: 8 }} role="group" aria-labelledby={LABEL_ID} aria-describedby={HINT_ID}>
      <Label id={LABEL_ID} htmlFor={INPUT_ID}>{s.FieldOrganiser}</Label>
      <NormalPeoplePicker
        selectedItems={selected}
        onResolveSuggestions={(filter) => resolve(filter)}
        onChange={(items) => { change(items as Option[] | undefined).catch(() => undefined); }}
        getTextFromItem={(item) => item.text || ''}
        itemLimit={1}
        resolveDelay={300}
        disabled={props.disabled || busy}
        removeButtonAriaLabel={s.OrganiserRemove}
        selectionAriaLabel={s.OrganiserSelected}
        inputProps={{ id: INPUT_ID, 'aria-label': s.FieldOrganiser }}
        pickerSuggestionsProps={{
          suggestionsHeaderText: s.OrganiserSuggestions,
          suggestionsContainerAriaLabel: s.OrganiserSuggestionsLabel,
          noResultsFoundText: s.OrganiserNoResults,
          loadingText: s.OrganiserSearching
        }}
      />
      <Text id={HINT_ID} variant="small" block>{s.OrganiserHint}</Text>
      {problem && <ProblemNotice problem={problem} />}
    </div>
  );
}
