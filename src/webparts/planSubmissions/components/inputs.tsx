/** Labelled inputs of the plan form: choices, people and the rows of section 6. */
import * as React from 'react';
import { themeClasses } from '../../../ui/themeClasses';
import { LightButton, LightTextField } from '../../../ui/light';
import { LightCheckbox } from '../../../ui/lightForms';
import { PersonRef } from '../../../domain/plans/plan';
import { useHub } from '../../../ui/HubContext';
import { format } from '../../../ui/format';
import { block, space, useLayout } from '../../../ui/layout';
import { useText } from './text';

/** The plan form's own inputs' classes in the current theme. */
const useInputClasses = themeClasses((theme) => ({
  legend: { fontWeight: 600, marginBottom: space.sNudge },
  /** One checkbox of a group. */
  option: { marginBottom: space.sNudge },
  error: { color: theme.semanticColors.errorText },
  /** A person picker, or the person chosen. */
  person: { margin: block(space.sNudge) },
  /** The people found, one button each. */
  found: { listStyle: 'none', padding: 0, margin: block(space.xs) },
  foundButton: { margin: block(space.xxs) }
}));

/** A group of checkboxes in a fieldset, its legend the question. */
export function MultiChoice<T extends string>(props: {
  id: string;
  legend: string;
  options: readonly T[];
  chosen: readonly T[];
  labelOf: (value: T) => string;
  onChange: (chosen: T[]) => void;
  error?: string;
  disabled?: boolean;
}): JSX.Element {
  const { id, legend, options, chosen, labelOf, onChange, error, disabled } = props;
  const layout = useLayout();
  const classes = useInputClasses();
  const toggle = (value: T, on: boolean): void => {
    onChange(on ? options.filter((o) => o === value || chosen.indexOf(o) >= 0) : chosen.filter((c) => c !== value));
  };
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined} className={layout.group}>
      <legend className={classes.legend}>{legend}</legend>
      {options.map((o) => (
        <div key={o} className={classes.option}>
          <LightCheckbox label={labelOf(o)} checked={chosen.indexOf(o) >= 0} disabled={disabled} onChange={(on) => toggle(o, on)} />
        </div>
      ))}
      {error && (
        <div id={`${id}-error`} role="alert" className={classes.error}>
          {error}
        </div>
      )}
    </fieldset>
  );
}

function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

/** Picks a person from the site's users, or an e-mail address from the directory (ensureuser). */
export function PersonPicker(props: {
  id: string;
  label: string;
  value: PersonRef | null;
  onChange: (person: PersonRef | null) => void;
  error?: string;
  disabled?: boolean;
}): JSX.Element {
  const { id, label, value, onChange, error, disabled } = props;
  const strings = useText();
  const classes = useInputClasses();
  const { services } = useHub<'plans'>();
  const [text, setText] = React.useState('');
  const [found, setFound] = React.useState<PersonRef[] | undefined>();
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    if (text.trim().length < 2) {
      setFound(undefined);
      return undefined;
    }
    let alive = true;
    const timer = setTimeout(() => {
      services.plans.people.search(text).then(
        (people) => {
          if (alive) setFound(people);
        },
        () => {
          if (alive) setFound([]);
        }
      );
    }, 300);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [text, services]);

  const fromDirectory = async (): Promise<void> => {
    setBusy(true);
    try {
      onChange(await services.plans.people.ensure(text));
      setText('');
    } catch {
      setFound([]);
    } finally {
      setBusy(false);
    }
  };

  if (value) {
    return (
      <div className={classes.person}>
        <span id={id} tabIndex={-1}>
          {label}: {format(strings.People_chosen, value.title || value.loginName)}
        </span>{' '}
        {!disabled && (
          <LightButton text={strings.People_change} aria-label={`${strings.People_change}: ${label}`} onClick={() => onChange(null)} />
        )}
      </div>
    );
  }
  return (
    <div className={classes.person}>
      <LightTextField
        id={id}
        label={label}
        placeholder={strings.People_search}
        value={text}
        disabled={disabled}
        onChange={setText}
        errorMessage={error}
        autoComplete="off"
      />
      {found && (
        <ul aria-label={strings.People_search} className={classes.found}>
          {found.map((p) => (
            <li key={p.loginName}>
              <LightButton
                text={p.title}
                onClick={() => {
                  onChange(p);
                  setText('');
                }}
                className={classes.foundButton}
              />
            </li>
          ))}
          {found.length === 0 && !looksLikeEmail(text) && <li>{strings.People_noResults}</li>}
          {found.length === 0 && looksLikeEmail(text) && (
            <li>
              <LightButton disabled={busy} text={format(strings.People_useEmail, text.trim())} onClick={fromDirectory} />
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
