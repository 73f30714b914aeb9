import * as React from 'react';
import { Label } from '@fluentui/react/lib/Label';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { Person } from '../../../domain/training';
import { Person as SiteUser } from '../../../data/people';
import { Problem, toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { LightButton } from '../../../ui/light';
import { ProblemMessage as ProblemNotice } from '../../../ui/ProblemMessage';
import { useText } from './text';

export interface OrganiserPickerProps {
  value?: Person;
  onChange: (organiser: Person | undefined) => void;
  disabled?: boolean;
}

const INPUT_ID = 'ddh-organiser-input';
const LABEL_ID = 'ddh-organiser-label';
const HINT_ID = 'ddh-organiser-hint';
const LIST_ID = 'ddh-organiser-suggestions';
/** As Fluent's picker: search once typing pauses. */
const RESOLVE_DELAY_MS = 300;

type Suggestions = { state: 'closed' } | { state: 'searching' } | { state: 'found'; people: SiteUser[] };

function useClasses(): Record<'chosen' | 'input' | 'popup' | 'header' | 'option' | 'secondary', string> {
  const theme = useTheme();
  return React.useMemo(() => {
    const { semanticColors, palette, fonts } = theme;
    return mergeStyleSets({
      chosen: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 8, padding: '4px 0' },
      input: {
        ...fonts.medium, display: 'block', width: '100%', height: 32, padding: '0 8px', borderRadius: 2, boxSizing: 'border-box',
        border: `1px solid ${semanticColors.inputBorder}`, background: semanticColors.inputBackground, color: semanticColors.inputText,
        selectors: {
          ':hover': { borderColor: semanticColors.inputBorderHovered },
          ':focus-visible': { outline: `2px solid ${semanticColors.inputFocusBorderAlt}`, outlineOffset: '-1px' },
          ':disabled': { background: semanticColors.disabledBackground, color: semanticColors.disabledText, borderColor: semanticColors.disabledBackground }
        }
      },
      popup: {
        position: 'absolute', zIndex: 10, left: 0, right: 0, maxWidth: 400, marginTop: 2, padding: '4px 0',
        background: semanticColors.bodyBackground, color: semanticColors.bodyText,
        border: `1px solid ${semanticColors.inputBorder}`, boxShadow: '0 3px 8px rgba(0,0,0,.25)'
      },
      header: { ...fonts.small, fontWeight: 600, padding: '4px 12px', color: semanticColors.bodyText },
      option: {
        ...fonts.medium, listStyle: 'none', padding: '6px 12px', cursor: 'pointer', borderLeft: '3px solid transparent',
        selectors: {
          ':hover': { background: semanticColors.listItemBackgroundHovered },
          // The option the arrow keys are on: a bar at its side as well as the background (not colour alone).
          '&[aria-selected="true"]': { background: semanticColors.listItemBackgroundChecked, borderLeftColor: palette.themePrimary },
          '@media (forced-colors: active)': { selectors: { '&[aria-selected="true"]': { borderLeftColor: 'Highlight' } } }
        }
      },
      secondary: { ...fonts.small, display: 'block', color: semanticColors.bodySubtext }
    });
  }, [theme]);
}

/**
 * The organiser, chosen from the site's users (the ARIA combobox pattern, plain HTML: Fluent's
 * people picker brings its suggestions, persona, tooltip and buttons with ContextualMenu, tens of
 * KB gzip): type the start of a name, move through the suggestions with the arrow keys, Enter
 * picks (the first one unless the arrows chose another), Escape closes; the chosen person's
 * remove button (Tab to it, Enter) clears, and the search field comes back with the focus. The
 * person picked is confirmed with ensureUser, whose id is what the person column stores.
 */
export function OrganiserPicker(props: OrganiserPickerProps): JSX.Element {
  const { services } = useHub();
  const s = useText();
  const classes = useClasses();
  const [problem, setProblem] = React.useState<Problem | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [text, setText] = React.useState('');
  const [suggestions, setSuggestions] = React.useState<Suggestions>({ state: 'closed' });
  const [active, setActive] = React.useState(0);
  const input = React.useRef<HTMLInputElement>(null);
  /** Around the remove button (LightButton takes no ref). */
  const remove = React.useRef<HTMLSpanElement>(null);
  const focusNext = React.useRef<'input' | 'remove' | undefined>();
  /** The latest search: an answer to an older one is dropped. */
  const searchId = React.useRef(0);
  const disabled = props.disabled || busy;

  // After a pick the remove button takes the focus, after a removal the search field: once they
  // are there and enabled (both are disabled while ensureUser runs).
  React.useEffect(() => {
    const target = focusNext.current === 'input' ? input.current : focusNext.current === 'remove' ? remove.current?.querySelector('button') : null;
    if (target && !target.disabled) {
      target.focus();
      focusNext.current = undefined;
    }
  });

  React.useEffect(() => {
    const term = text.trim();
    const id = ++searchId.current;
    if (!term) { setSuggestions({ state: 'closed' }); return undefined; }
    const timer = setTimeout(() => {
      setSuggestions({ state: 'searching' });
      setProblem(undefined);
      services.training.people.search(term).then((found) => {
        if (id !== searchId.current) return;
        setActive(0);
        setSuggestions({ state: 'found', people: found.filter((user) => !props.value || user.id !== props.value.id) });
      }, async (error) => {
        if (id !== searchId.current) return;
        setSuggestions({ state: 'closed' });
        setProblem(await toProblem(error));
      });
    }, RESOLVE_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, services]);

  const pick = async (user: SiteUser): Promise<void> => {
    searchId.current++;
    setSuggestions({ state: 'closed' });
    setBusy(true);
    setProblem(undefined);
    try {
      const ensured = await services.training.people.ensure(user.loginName);
      setText('');
      focusNext.current = 'remove';
      props.onChange({ id: ensured.id, name: ensured.title, email: ensured.email || undefined });
    } catch (error) {
      setProblem(await toProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const clear = (): void => {
    focusNext.current = 'input';
    props.onChange(undefined);
  };

  const people = suggestions.state === 'found' ? suggestions.people : [];
  const open = suggestions.state !== 'closed';
  const listed = people.length > 0;
  const optionId = (index: number): string => `${LIST_ID}-${index}`;

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!people.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + people.length) % people.length);
    } else if (e.key === 'Enter') {
      // Enter picks; with nothing to pick it does nothing (it never sends the form from here).
      if (open) e.preventDefault();
      if (people[active]) pick(people[active]).catch(() => undefined);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      searchId.current++;
      setSuggestions({ state: 'closed' });
    }
  };

  return (
    <div style={{ marginTop: 8 }} role="group" aria-labelledby={LABEL_ID} aria-describedby={HINT_ID}>
      <Label id={LABEL_ID} htmlFor={props.value ? undefined : INPUT_ID}>{s.FieldOrganiser}</Label>
      {props.value ? (
        <div role="list" aria-label={s.OrganiserSelected}>
          <div role="listitem" className={classes.chosen}>
            <span>
              <Text block>{props.value.name}</Text>
              {props.value.email && <Text variant="small" block>{props.value.email}</Text>}
            </span>
            <span ref={remove}>
              <LightButton text={s.OrganiserRemove} aria-label={`${s.OrganiserRemove} ${props.value.name}`} disabled={disabled} onClick={clear} />
            </span>
          </div>
        </div>
      ) : (
        <div style={{ position: 'relative' }}>
          <input
            ref={input}
            id={INPUT_ID}
            className={classes.input}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-label={s.FieldOrganiser}
            aria-describedby={HINT_ID}
            aria-autocomplete="list"
            aria-expanded={listed}
            aria-controls={listed ? LIST_ID : undefined}
            aria-activedescendant={people[active] ? optionId(active) : undefined}
            value={text}
            disabled={disabled}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => { searchId.current++; setSuggestions({ state: 'closed' }); }}
          />
          {open && (
            <div className={classes.popup}>
              {listed && <div className={classes.header} aria-hidden="true">{s.OrganiserSuggestions}</div>}
              {listed && (
              <ul id={LIST_ID} role="listbox" aria-label={s.OrganiserSuggestionsLabel} style={{ margin: 0, padding: 0 }}>
                {people.map((user, index) => (
                  <li key={user.loginName} id={optionId(index)} role="option" aria-selected={index === active} className={classes.option}
                    // mousedown, so the field keeps the focus (a blur would close the list first).
                    onMouseDown={(e) => { e.preventDefault(); pick(user).catch(() => undefined); }}>
                    {user.title}
                    {user.email && <span className={classes.secondary}>{user.email}</span>}
                  </li>
                ))}
              </ul>
              )}
              <div role="status" className={classes.header} style={{ fontWeight: 400 }}>
                {suggestions.state === 'searching' ? s.OrganiserSearching : people.length === 0 ? s.OrganiserNoResults : ''}
              </div>
            </div>
          )}
        </div>
      )}
      <Text id={HINT_ID} variant="small" block>{s.OrganiserHint}</Text>
      {problem && <ProblemNotice problem={problem} />}
    </div>
  );
}
