/**
 * People chosen from the site's users, one or several: the WAI-ARIA combobox pattern on plain
 * HTML (Fluent's people picker brings its Callout, Persona, FocusZone and buttons with
 * ContextualMenu: about 30 KB gzip). Type the start of a name; the search runs once typing pauses;
 * ↑ and ↓ move through the suggestions (aria-activedescendant), Enter picks the active one (and
 * never sends the form), Escape closes the list. Each chosen person has a remove button. After a
 * pick with one person allowed, the focus goes to the remove button; after a removal, to the
 * search field. The label, the hint and the error are on a group around it (the label on the
 * input too). The strings come from the web part (its own words and translations). The search
 * itself (debounce, stale answers, failures) is `usePeopleSearch`; this file renders.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Person } from '../data/people';
import type { PeopleSource } from '../data/peopleSearch';
import { toProblem } from '../data/errors';
import { LightText } from './light';
import { LightIconButton, LightLabel } from './lightForms';
import { useLightClasses } from './light';
import { ProblemMessage } from './ProblemMessage';
import { useFocusAfterRender, usePeopleSearch } from './usePeopleSearch';

/** A chosen person as a person column stores them. */
export interface PickedPerson {
  id: number;
  name: string;
  email?: string;
  loginName?: string;
}

export interface PeoplePickerStrings {
  /** The field's name (label of the group and the input). */
  label: string;
  /** How to use it, under the field. */
  hint?: string;
  /** The heading over the suggestions. */
  suggestions?: string;
  /** The listbox's accessible name. */
  suggestionsLabel: string;
  searching: string;
  noResults: string;
  /** Before a person's name on their remove button ("Remove from the writers Anna"). */
  remove: string;
  /** The list of chosen people's accessible name. */
  selected: string;
  /** How a chosen person reads ("Chosen: {0}"); their name unless given. */
  chosen?: string;
  /** The option that adds an e-mail address from the directory ("Add {0} from the directory"); with source.fromDirectory. */
  fromDirectory?: string;
}

interface CommonProps {
  /** Prefix of the ids of the input, label, hint, error and list (unique on the page). */
  idPrefix: string;
  strings: PeoplePickerStrings;
  source: PeopleSource;
  disabled?: boolean;
  required?: boolean;
  /** Shown under the field (role alert) and marks the input invalid. */
  errorMessage?: string;
  /** The input's id, when the form moves the focus to it (`${idPrefix}-input` unless given). */
  inputId?: string;
  placeholder?: string;
}

export interface SinglePeoplePickerProps extends CommonProps {
  multiple?: false;
  value?: PickedPerson;
  onChange(person: PickedPerson | undefined): void;
}

export interface MultiplePeoplePickerProps extends CommonProps {
  multiple: true;
  value: readonly PickedPerson[];
  onChange(people: PickedPerson[]): void;
}

export type PeoplePickerProps = SinglePeoplePickerProps | MultiplePeoplePickerProps;

function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

function fill(template: string, value: string): string {
  return template.replace('{0}', value);
}

/** A suggestion: a site user, or the typed e-mail address to look up in the directory. */
type Option = { key: string; user?: Person; email?: string };

function useClasses(): Record<'chosen' | 'person' | 'secondary' | 'popup' | 'header' | 'option' | 'status', string> {
  const theme = useTheme();
  return React.useMemo(() => {
    const { semanticColors, palette, fonts, effects } = theme;
    return mergeStyleSets({
      chosen: { display: 'flex', flexWrap: 'wrap', gap: 4, listStyle: 'none', margin: '0 0 4px', padding: 0 },
      person: {
        display: 'inline-flex',
        alignItems: 'center',
        gap: 4,
        paddingLeft: 8,
        borderRadius: 2,
        border: `1px solid ${semanticColors.inputBorder}`,
        background: semanticColors.bodyBackground,
        color: semanticColors.bodyText
      },
      secondary: { ...fonts.small, display: 'block', color: semanticColors.bodySubtext },
      popup: {
        position: 'absolute',
        zIndex: 10,
        left: 0,
        right: 0,
        maxWidth: 420,
        marginTop: 2,
        padding: '4px 0',
        background: semanticColors.bodyBackground,
        color: semanticColors.bodyText,
        border: `1px solid ${semanticColors.inputBorder}`,
        boxShadow: effects.elevation8
      },
      header: {
        ...fonts.small,
        fontWeight: 600,
        padding: '4px 12px',
        color: semanticColors.bodyText,
        borderBottom: `1px solid ${semanticColors.bodyDivider}`
      },
      option: {
        ...fonts.medium,
        listStyle: 'none',
        padding: '6px 12px',
        cursor: 'pointer',
        borderLeft: '3px solid transparent',
        selectors: {
          ':hover': { background: semanticColors.listItemBackgroundHovered },
          // The active option: a bar at its side and an outline as well as the background (never colour alone).
          '&[aria-selected="true"]': {
            background: semanticColors.listItemBackgroundChecked,
            borderLeftColor: palette.themePrimary,
            outline: `2px solid ${palette.themePrimary}`,
            outlineOffset: -2
          },
          '@media (forced-colors: active)': {
            selectors: { '&[aria-selected="true"]': { borderLeftColor: 'Highlight', outlineColor: 'Highlight' } }
          }
        }
      },
      status: { ...fonts.small, color: semanticColors.bodySubtext }
    });
  }, [theme]);
}

export function PeoplePicker(props: PeoplePickerProps): JSX.Element {
  const { idPrefix, strings, source } = props;
  const ids = {
    input: props.inputId || `${idPrefix}-input`,
    label: `${idPrefix}-label`,
    hint: `${idPrefix}-hint`,
    error: `${idPrefix}-error`,
    list: `${idPrefix}-suggestions`,
    selected: `${idPrefix}-selected`
  };
  const theme = useTheme();
  const light = useLightClasses();
  const chosen: readonly PickedPerson[] = props.multiple ? props.value : props.value ? [props.value] : [];
  const [text, setText] = React.useState('');
  const [active, setActive] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const { search, problem, setProblem, find, close, isMounted } = usePeopleSearch(source);
  React.useEffect(() => {
    if (search.state === 'found') setActive(0);
  }, [search]);
  const input = React.useRef<HTMLInputElement>(null);
  const chosenList = React.useRef<HTMLUListElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const disabled = props.disabled || busy;

  const found = search.state === 'found' ? search.people.filter((user) => !chosen.some((p) => p.id === user.id)) : [];
  const suggestions: Option[] = found.map((user) => ({ key: `user-${user.id}`, user }));
  if (search.state === 'found' && !found.length && source.fromDirectory && strings.fromDirectory && looksLikeEmail(text)) {
    suggestions.push({ key: 'directory', email: text.trim() });
  }
  const open = search.state !== 'closed';
  // The list is there (and the combobox expanded) only while it has suggestions to offer.
  const expanded = open && suggestions.length > 0;
  const current = expanded ? Math.min(active, suggestions.length - 1) : -1;
  const optionId = (index: number): string => `${ids.list}-${index}`;

  const add = (person: PickedPerson): void => {
    setText('');
    if (props.multiple) {
      props.onChange([...props.value.filter((p) => p.id !== person.id), person]);
    } else {
      // One person allowed: the focus goes to their remove button once it is there.
      focusAfterRender(() => chosenList.current?.querySelector<HTMLButtonElement>(`[data-person="${person.id}"]`));
      props.onChange(person);
    }
  };

  const picked = (user: Person): PickedPerson => ({
    id: user.id,
    name: user.title,
    email: user.email || undefined,
    loginName: user.loginName
  });

  const pick = (option: Option): void => {
    close();
    const { user, email } = option;
    if (user && !source.ensure) {
      add(picked(user));
      return;
    }
    const asked = user && source.ensure ? source.ensure(user) : source.fromDirectory && email ? source.fromDirectory(email) : undefined;
    if (!asked) return;
    setBusy(true);
    setProblem(undefined);
    asked.then(
      (ensured) => {
        if (!isMounted()) return;
        setBusy(false);
        add(picked(ensured));
      },
      async (error) => {
        const found = await toProblem(error);
        if (!isMounted()) return;
        setBusy(false);
        setProblem(found);
      }
    );
  };

  const remove = (person: PickedPerson): void => {
    focusAfterRender(() => input.current);
    if (props.multiple) props.onChange(props.value.filter((p) => p.id !== person.id));
    else props.onChange(undefined);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!suggestions.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (Math.min(i, suggestions.length - 1) + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter') {
      // Inside a form: while the list is open, Enter picks and never submits the form.
      if (!open) return;
      event.preventDefault();
      if (current >= 0) pick(suggestions[current]);
    } else if (event.key === 'Escape' && open) {
      // Closes the list only (not a dialog or panel around it).
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const showInput = props.multiple || !props.value;
  const describedBy = [strings.hint && ids.hint, props.errorMessage && ids.error].filter(Boolean).join(' ') || undefined;
  const statusText = search.state === 'searching' ? strings.searching : search.state === 'found' && !found.length ? strings.noResults : '';
  const classes = useClasses();

  return (
    <div style={{ marginTop: 8 }} role="group" aria-labelledby={ids.label} aria-describedby={describedBy}>
      <LightLabel id={ids.label} htmlFor={showInput ? ids.input : undefined} required={props.required}>
        {strings.label}
      </LightLabel>
      {chosen.length > 0 && (
        <ChosenPeople
          listRef={chosenList}
          id={ids.selected}
          people={chosen}
          strings={strings}
          showEmail={!props.multiple}
          disabled={disabled}
          onRemove={remove}
        />
      )}
      {showInput && (
        <div style={{ position: 'relative' }}>
          <input
            ref={input}
            id={ids.input}
            type="text"
            role="combobox"
            autoComplete="off"
            className={light.input}
            value={text}
            disabled={disabled}
            aria-label={strings.label}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={expanded ? ids.list : undefined}
            aria-activedescendant={current >= 0 ? optionId(current) : undefined}
            aria-invalid={props.errorMessage ? true : undefined}
            aria-required={props.required || undefined}
            placeholder={props.placeholder}
            onChange={(e) => {
              setText(e.target.value);
              find(e.target.value);
            }}
            onKeyDown={onKeyDown}
            onBlur={close}
          />
          {expanded && (
            <Suggestions id={ids.list} optionId={optionId} options={suggestions} current={current} strings={strings} onPick={pick} />
          )}
        </div>
      )}
      <div role="status" className={classes.status}>
        {statusText}
      </div>
      {strings.hint && (
        <LightText id={ids.hint} variant="small" block>
          {strings.hint}
        </LightText>
      )}
      {props.errorMessage && (
        <LightText id={ids.error} role="alert" variant="small" block style={{ color: theme.semanticColors.errorText }}>
          {props.errorMessage}
        </LightText>
      )}
      {problem && <ProblemMessage problem={problem} />}
    </div>
  );
}

/** The chosen people, each with a remove button. */
function ChosenPeople(props: {
  listRef: React.RefObject<HTMLUListElement>;
  id: string;
  people: readonly PickedPerson[];
  strings: PeoplePickerStrings;
  showEmail: boolean;
  disabled: boolean;
  onRemove(person: PickedPerson): void;
}): JSX.Element {
  const { strings } = props;
  const classes = useClasses();
  return (
    <ul id={props.id} ref={props.listRef} aria-label={strings.selected} className={classes.chosen}>
      {props.people.map((person) => (
        <li key={person.id} className={classes.person}>
          <span>
            {strings.chosen ? fill(strings.chosen, person.name) : person.name}
            {props.showEmail && person.email && <span className={classes.secondary}>{person.email}</span>}
          </span>
          <LightIconButton
            icon="Cancel"
            data-person={person.id}
            aria-label={`${strings.remove} ${person.name}`}
            title={`${strings.remove} ${person.name}`}
            disabled={props.disabled}
            onClick={() => props.onRemove(person)}
          />
        </li>
      ))}
    </ul>
  );
}

/** The suggestions under the field (a listbox; the field keeps the focus and points at the active one). */
function Suggestions(props: {
  id: string;
  optionId(index: number): string;
  options: Option[];
  current: number;
  strings: PeoplePickerStrings;
  onPick(option: Option): void;
}): JSX.Element {
  const { strings } = props;
  const classes = useClasses();
  return (
    <div className={classes.popup}>
      {strings.suggestions && (
        <div className={classes.header} aria-hidden="true">
          {strings.suggestions}
        </div>
      )}
      <ul id={props.id} role="listbox" aria-label={strings.suggestionsLabel} style={{ margin: 0, padding: 0 }}>
        {props.options.map((option, index) => (
          <li
            key={option.key}
            id={props.optionId(index)}
            role="option"
            aria-selected={index === props.current}
            className={classes.option}
            // The field keeps the focus on mouse down (its blur would close the list before the click).
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onPick(option)}
          >
            {option.user ? option.user.title : fill(strings.fromDirectory || '', option.email || '')}
            {option.user && option.user.email && <span className={classes.secondary}>{option.user.email}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
