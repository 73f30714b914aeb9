/**
 * People chosen from the site's users, one or several: the WAI-ARIA combobox pattern on plain
 * HTML (Fluent's people picker brings its Callout, Persona, FocusZone and buttons with
 * ContextualMenu: about 30 KB gzip). Type the start of a name; the search runs once typing pauses;
 * ↑ and ↓ move through the suggestions (aria-activedescendant), Enter picks the active one (and
 * never sends the form), Escape closes the list. Each chosen person has a remove button. After a
 * pick with one person allowed, the focus goes to the remove button; after a removal, to the
 * search field. The label, the hint and the error are on a group around it (the label on the
 * input too). The strings come from the web part (its own words and translations). The state and
 * requests (the text, the search, the keys, the pick ensured on the site) are `usePeopleSearch`;
 * this file renders.
 */
import * as React from 'react';
import { themeClasses } from './themeClasses';
import type { Person } from '../data/people';
import type { PeopleSource } from '../data/peopleSearch';
import { LightText, useLightClasses } from './light';
import { LightIconButton, LightLabel } from './lightForms';
import { ProblemMessage } from './ProblemMessage';
import { space } from './layout';
import { useFocusAfterRender } from './useFocusAfterRender';
import { PeopleOption, PeopleSearchState, usePeopleSearch } from './usePeopleSearch';

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

function fill(template: string, value: string): string {
  return template.replace('{0}', value);
}

const useClasses = themeClasses((theme) => {
  const { semanticColors, palette, fonts, effects } = theme;
  return {
    picker: { marginTop: space.s },
    /** The search field: its suggestions open under it. */
    field: { position: 'relative' },
    /** The error under the field (role alert). */
    error: { ...fonts.small, display: 'block', color: semanticColors.errorText },
    options: { margin: 0, padding: 0 },
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
  };
});

/** The ids of the picker's parts, from its prefix. */
function idsOf(props: PeoplePickerProps): Record<'input' | 'label' | 'hint' | 'error' | 'list' | 'selected', string> {
  const prefix = props.idPrefix;
  return {
    input: props.inputId || `${prefix}-input`,
    label: `${prefix}-label`,
    hint: `${prefix}-hint`,
    error: `${prefix}-error`,
    list: `${prefix}-suggestions`,
    selected: `${prefix}-selected`
  };
}

function pickedOf(user: Person): PickedPerson {
  return { id: user.id, name: user.title, email: user.email || undefined, loginName: user.loginName };
}

export function PeoplePicker(props: PeoplePickerProps): JSX.Element {
  const { strings } = props;
  const ids = idsOf(props);
  const chosen: readonly PickedPerson[] = props.multiple ? props.value : props.value ? [props.value] : [];
  const chosenList = React.useRef<HTMLUListElement>(null);
  const input = React.useRef<HTMLInputElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const add = (person: PickedPerson): void => {
    if (props.multiple) {
      props.onChange([...props.value.filter((p) => p.id !== person.id), person]);
      return;
    }
    // One person allowed: the focus goes to their remove button once it is there.
    focusAfterRender(() => chosenList.current?.querySelector<HTMLButtonElement>(`[data-person="${person.id}"]`));
    props.onChange(person);
  };
  const remove = (person: PickedPerson): void => {
    focusAfterRender(() => input.current);
    if (props.multiple) props.onChange(props.value.filter((p) => p.id !== person.id));
    else props.onChange(undefined);
  };

  const search = usePeopleSearch(props.source, {
    chosen: chosen.map((p) => p.id),
    offersDirectory: !!strings.fromDirectory,
    onPicked: (user) => add(pickedOf(user))
  });
  const disabled = props.disabled || search.busy;
  const showInput = props.multiple || !props.value;
  const describedBy = [strings.hint && ids.hint, props.errorMessage && ids.error].filter(Boolean).join(' ') || undefined;
  const classes = useClasses();

  return (
    <div className={classes.picker} role="group" aria-labelledby={ids.label} aria-describedby={describedBy}>
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
      {showInput && <SearchField {...props} ids={ids} inputRef={input} search={search} disabled={disabled} />}
      <div role="status" className={classes.status}>
        {search.status && strings[search.status]}
      </div>
      <FieldNotes ids={ids} hint={strings.hint} errorMessage={props.errorMessage} />
      {search.problem && <ProblemMessage problem={search.problem} />}
    </div>
  );
}

/** The search field (a combobox) and, while it has some, its suggestions. */
function SearchField(
  props: PeoplePickerProps & {
    ids: ReturnType<typeof idsOf>;
    inputRef: React.RefObject<HTMLInputElement>;
    search: PeopleSearchState;
    disabled: boolean;
  }
): JSX.Element {
  const { ids, search, strings } = props;
  const light = useLightClasses();
  const classes = useClasses();
  const optionId = (index: number): string => `${ids.list}-${index}`;
  return (
    <div className={classes.field}>
      <input
        ref={props.inputRef}
        id={ids.input}
        type="text"
        role="combobox"
        autoComplete="off"
        className={light.input}
        value={search.text}
        disabled={props.disabled}
        aria-label={strings.label}
        aria-autocomplete="list"
        aria-expanded={search.expanded}
        aria-controls={search.expanded ? ids.list : undefined}
        aria-activedescendant={search.current >= 0 ? optionId(search.current) : undefined}
        aria-invalid={props.errorMessage ? true : undefined}
        aria-required={props.required || undefined}
        placeholder={props.placeholder}
        onChange={(e) => search.type(e.target.value)}
        onKeyDown={search.onKeyDown}
        onBlur={search.close}
      />
      {search.expanded && (
        <Suggestions
          id={ids.list}
          optionId={optionId}
          options={search.suggestions}
          current={search.current}
          strings={strings}
          onPick={search.pick}
        />
      )}
    </div>
  );
}

/** The hint under the field, and the error (role alert) that marks it invalid. */
function FieldNotes(props: { ids: ReturnType<typeof idsOf>; hint?: string; errorMessage?: string }): JSX.Element {
  const classes = useClasses();
  return (
    <>
      {props.hint && (
        <LightText id={props.ids.hint} variant="small" block>
          {props.hint}
        </LightText>
      )}
      {props.errorMessage && (
        <span id={props.ids.error} role="alert" className={classes.error}>
          {props.errorMessage}
        </span>
      )}
    </>
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
  options: PeopleOption[];
  current: number;
  strings: PeoplePickerStrings;
  onPick(option: PeopleOption): void;
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
      <ul id={props.id} role="listbox" aria-label={strings.suggestionsLabel} className={classes.options}>
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
