import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { PersonRef } from '../../../data/feed';
import type { Person } from '../../../data/people';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { LightText as Text, useLightClasses } from '../../../ui/light';
import { LightIconButton, LightLabel } from '../../../ui/lightForms';
import { useFeed } from './FeedContext';
import { ProblemMessage } from './lazy';

export interface OwnerPickerProps {
  value: PersonRef[];
  onChange(people: PersonRef[]): void;
  disabled?: boolean;
  errorMessage?: string;
}

const INPUT_ID = 'ddh-owner-input';
const LABEL_ID = 'ddh-owner-label';
const HINT_ID = 'ddh-owner-hint';
const ERROR_ID = 'ddh-owner-error';
const LIST_ID = 'ddh-owner-suggestions';
const SELECTED_ID = 'ddh-owner-selected';
/** Wait this long after the last key before asking the site (as Fluent's picker's resolveDelay). */
const RESOLVE_DELAY = 300;

type Search = { state: 'closed' } | { state: 'searching' } | { state: 'done'; people: Person[] };

function useStyles(): Record<'chosen' | 'person' | 'list' | 'header' | 'option' | 'active' | 'secondary', string> {
  const theme = useTheme();
  return React.useMemo(() => {
    const { semanticColors, palette, fonts } = theme;
    return mergeStyleSets({
      chosen: { display: 'flex', flexWrap: 'wrap', gap: 4, listStyle: 'none', margin: '0 0 4px', padding: 0 },
      person: {
        display: 'inline-flex', alignItems: 'center', gap: 2, paddingLeft: 8, borderRadius: 2,
        border: `1px solid ${semanticColors.inputBorder}`, background: semanticColors.bodyBackground, color: semanticColors.bodyText
      },
      list: {
        listStyle: 'none', margin: '2px 0 0', padding: 0, maxWidth: 420, border: `1px solid ${semanticColors.inputBorder}`,
        background: semanticColors.bodyBackground, color: semanticColors.bodyText, boxShadow: theme.effects.elevation8
      },
      header: { ...fonts.small, fontWeight: 600, padding: '6px 12px', color: semanticColors.bodyText, borderBottom: `1px solid ${semanticColors.bodyDivider}` },
      option: { padding: '6px 12px', cursor: 'pointer', selectors: { ':hover': { background: semanticColors.listItemBackgroundHovered } } },
      // The active suggestion: an outline as well as a background, so it never shows by colour alone.
      active: { background: semanticColors.listItemBackgroundChecked, outline: `2px solid ${palette.themePrimary}`, outlineOffset: -2 },
      secondary: { ...fonts.small, display: 'block', color: semanticColors.bodySubtext }
    });
  }, [theme]);
}

/**
 * A blog's writers, chosen from the site's users: type the start of a name, move through the
 * suggestions with the arrow keys, Enter adds; each chosen person has a remove button (Tab to it,
 * Enter). The WAI-ARIA combobox pattern on plain HTML (Fluent's picker brings its Callout, Persona,
 * FocusZone and buttons: about 30 KB gzip). The label, the hint and the error are on a group
 * around it (and the label on the input too).
 */
export function OwnerPicker(props: OwnerPickerProps): JSX.Element {
  const { services } = useHub();
  const { strings } = useFeed();
  const theme = useTheme();
  const classes = useStyles();
  const light = useLightClasses();
  const [text, setText] = React.useState('');
  const [search, setSearch] = React.useState<Search>({ state: 'closed' });
  const [active, setActive] = React.useState(0);
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const ticket = React.useRef(0);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>();
  const mounted = React.useRef(true);
  React.useEffect(() => () => {
    mounted.current = false;
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const suggestions = search.state === 'done' ? search.people.filter((user) => !props.value.some((p) => p.id === user.id)) : [];
  const open = search.state !== 'closed';
  // The list is there (and the combobox expanded) only while it has suggestions to offer.
  const expanded = open && suggestions.length > 0;

  const find = (filter: string): void => {
    if (timer.current) clearTimeout(timer.current);
    const mine = ++ticket.current;
    if (filter.trim().length < 2) { setSearch({ state: 'closed' }); return; }
    setSearch({ state: 'searching' });
    timer.current = setTimeout(() => {
      setProblem(undefined);
      services.feed.blogs.findPeople(filter).then((people) => {
        if (mine !== ticket.current) return;
        setActive(0);
        setSearch({ state: 'done', people });
      }, async (error) => {
        const found = await toProblem(error);
        if (mine !== ticket.current) return;
        setProblem(found);
        setSearch({ state: 'closed' });
      });
    }, RESOLVE_DELAY);
  };
  const close = (): void => {
    if (!mounted.current) return;
    ticket.current++;
    if (timer.current) clearTimeout(timer.current);
    setSearch({ state: 'closed' });
  };
  const choose = (user: Person): void => {
    props.onChange([...props.value.filter((p) => p.id !== user.id), { id: user.id, name: user.title }]);
    setText('');
    close();
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!suggestions.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter') {
      // Inside a form: Enter chooses the suggestion and never submits the form.
      if (!open) return;
      event.preventDefault();
      if (!expanded) return;
      const user = suggestions[Math.min(active, suggestions.length - 1)];
      if (user) choose(user);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  const activeId = expanded ? `${LIST_ID}-${suggestions[Math.min(active, suggestions.length - 1)].id}` : undefined;

  return (
    <div style={{ marginTop: 8 }} role="group" aria-labelledby={LABEL_ID} aria-describedby={props.errorMessage ? `${HINT_ID} ${ERROR_ID}` : HINT_ID}>
      <LightLabel id={LABEL_ID} htmlFor={INPUT_ID} required>{strings.OwnerPeopleLabel}</LightLabel>
      {props.value.length > 0 && (
        <ul id={SELECTED_ID} aria-label={strings.OwnerSelected} className={classes.chosen}>
          {props.value.map((person) => (
            <li key={person.id} className={classes.person}>
              <span>{person.name}</span>
              <LightIconButton icon="Cancel" aria-label={`${strings.OwnerRemove} ${person.name}`} title={`${strings.OwnerRemove} ${person.name}`}
                disabled={props.disabled} onClick={() => props.onChange(props.value.filter((p) => p.id !== person.id))} />
            </li>
          ))}
        </ul>
      )}
      <input id={INPUT_ID} type="text" role="combobox" autoComplete="off" className={light.input} value={text} disabled={props.disabled}
        aria-label={strings.OwnerPeopleLabel} aria-autocomplete="list" aria-expanded={expanded} aria-controls={expanded ? LIST_ID : undefined}
        aria-activedescendant={activeId} aria-invalid={props.errorMessage ? true : undefined}
        onChange={(e) => { setText(e.target.value); find(e.target.value); }} onKeyDown={onKeyDown} onBlur={() => setTimeout(close, 200)} />
      {expanded && (
        <div>
          <div className={classes.header} aria-hidden="true">{strings.OwnerSuggestions}</div>
          <ul id={LIST_ID} role="listbox" aria-label={strings.OwnerSuggestionsLabel} className={classes.list}>
          {suggestions.map((user, i) => (
            <li key={user.id} id={`${LIST_ID}-${user.id}`} role="option" aria-selected={i === active}
              className={[classes.option, i === active ? classes.active : ''].join(' ')}
              // Chosen on mouse down, before the input's blur closes the list.
              onMouseDown={(e) => { e.preventDefault(); choose(user); }}>
              {user.title}
              {user.email && <span className={classes.secondary}>{user.email}</span>}
            </li>
          ))}
          </ul>
        </div>
      )}
      <div role="status" className={classes.secondary}>
        {search.state === 'searching' ? strings.OwnerSearching : search.state === 'done' && !suggestions.length ? strings.OwnerNoResults : ''}
      </div>
      <Text id={HINT_ID} variant="small" block>{strings.OwnerPeopleHint}</Text>
      {props.errorMessage && <Text id={ERROR_ID} role="alert" variant="small" block style={{ color: theme.semanticColors.errorText }}>{props.errorMessage}</Text>}
      {problem && <ProblemMessage problem={problem} />}
    </div>
  );
}
