/**
 * Light controls behind the first view (forms, a confirmation dialog): kept out of src/ui/light
 * so that a web part's first-view bundle does not carry them (webpack includes a module whole).
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { LightIcon, LightOption, useFieldId, useLightClasses } from './light';

let dialogs = 0;

/** A button that shows only an icon: `aria-label` names it (and `title` shows the name on hover). */
export function LightIconButton(
  props: Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children'> & { icon: string; 'aria-label': string }
): JSX.Element {
  const { icon, className, ...rest } = props;
  const classes = useLightClasses();
  return (
    <button type="button" {...rest} className={[classes.iconButton, className].filter(Boolean).join(' ')}>
      <LightIcon name={icon} />
    </button>
  );
}

/** A field's label, marked (as Fluent's) when the field is required. */
export function LightLabel(props: React.LabelHTMLAttributes<HTMLLabelElement> & { required?: boolean }): JSX.Element {
  const { required, className, ...rest } = props;
  const classes = useLightClasses();
  return <label {...rest} data-required={required ? '' : undefined} className={[classes.label, className].filter(Boolean).join(' ')} />;
}

/** A link to a page (opens where its href says), underlined so it never stands out by colour alone. */
export function LightAnchor(props: React.AnchorHTMLAttributes<HTMLAnchorElement>): JSX.Element {
  const { className, ...rest } = props;
  const classes = useLightClasses();
  return (
    <a {...rest} className={[classes.link, className].filter(Boolean).join(' ')} style={{ textDecoration: 'underline', ...rest.style }} />
  );
}

export interface LightCheckboxProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
}

/** A checkbox with its label (the whole label is the click target). */
export function LightCheckbox(props: LightCheckboxProps): JSX.Element {
  const classes = useLightClasses();
  return (
    <label className={classes.choice}>
      <input
        type="checkbox"
        className={classes.choiceInput}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.label}
    </label>
  );
}

export interface LightChoiceGroupProps {
  label: string;
  options: readonly LightOption[];
  value: string;
  onChange(value: string): void;
  /** Names the radio buttons as one group (unique on the page). */
  name: string;
  required?: boolean;
  disabled?: boolean;
  /** The group's id: a form moves the focus to it (it takes focus, not a tab stop). */
  id?: string;
}

/** One of a few, as radio buttons in a labelled group (arrow keys move between them). */
export function LightChoiceGroup(props: LightChoiceGroupProps): JSX.Element {
  const classes = useLightClasses();
  return (
    <fieldset className={classes.group} id={props.id} tabIndex={props.id ? -1 : undefined}>
      <legend className={[classes.legend, classes.label].join(' ')} data-required={props.required ? '' : undefined}>
        {props.label}
      </legend>
      {props.options.map((o) => (
        <label key={o.key} className={classes.choice}>
          <input
            type="radio"
            name={props.name}
            value={o.key}
            className={classes.choiceInput}
            checked={props.value === o.key}
            disabled={props.disabled}
            onChange={() => props.onChange(o.key)}
          />
          {o.text}
        </label>
      ))}
    </fieldset>
  );
}

export interface LightCheckboxGroupProps {
  label: string;
  options: readonly LightOption[];
  values: readonly string[];
  onChange(values: string[]): void;
  required?: boolean;
  disabled?: boolean;
  /** Shown under the choices (role alert) and tied to the group. */
  errorMessage?: string;
  id?: string;
}

/** Several of many, as checkboxes in a labelled group. */
export function LightCheckboxGroup(props: LightCheckboxGroupProps): JSX.Element {
  const id = useFieldId(props.id);
  const classes = useLightClasses();
  const toggle = (key: string, on: boolean): void =>
    props.onChange(on ? [...props.values.filter((v) => v !== key), key] : props.values.filter((v) => v !== key));
  return (
    <fieldset className={classes.group} aria-describedby={props.errorMessage ? `${id}-error` : undefined}>
      <legend className={[classes.legend, classes.label].join(' ')} data-required={props.required ? '' : undefined}>
        {props.label}
      </legend>
      <div style={{ display: 'flex', flexWrap: 'wrap' }}>
        {props.options.map((o) => (
          <LightCheckbox
            key={o.key}
            label={o.text}
            checked={props.values.indexOf(o.key) >= 0}
            disabled={props.disabled}
            onChange={(on) => toggle(o.key, on)}
          />
        ))}
      </div>
      {props.errorMessage && (
        <span id={`${id}-error`} role="alert" className={classes.error}>
          {props.errorMessage}
        </span>
      )}
    </fieldset>
  );
}

export interface LightDialogProps {
  title: string;
  /** The question or explanation under the title. */
  subText?: string;
  /** Escape (and nothing else: a click outside does not close it, as Fluent's blocking dialog). */
  onDismiss(): void;
  /** The dialog's content and its buttons; the element with `data-autofocus` gets focus first. */
  children: React.ReactNode;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal confirmation (role alertdialog), as Fluent's blocking Dialog without its Modal, Layer,
 * FocusTrapZone and Overlay: rendered over the page in a portal, Tab and Shift+Tab stay inside,
 * Escape dismisses, focus starts on the element marked `data-autofocus` (the safe choice) and
 * returns to where it was when the dialog closes. Render it only while it is open.
 */
export function LightDialog(props: LightDialogProps): JSX.Element {
  const theme = useTheme();
  const box = React.useRef<HTMLDivElement>(null);
  const [ids] = React.useState(() => ({ title: `ddh-dialog-${++dialogs}`, text: `ddh-dialog-${++dialogs}` }));
  React.useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first =
      box.current && (box.current.querySelector<HTMLElement>('[data-autofocus]') || box.current.querySelector<HTMLElement>(FOCUSABLE));
    if (first) first.focus();
    return () => {
      if (before && document.body.contains(before)) before.focus();
    };
  }, []);
  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onDismiss();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const focusable = Array.from(box.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (!focusable.length) {
      event.preventDefault();
      return;
    }
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && (document.activeElement === first || !box.current.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  const { semanticColors, fonts, effects } = theme;
  return ReactDom.createPortal(
    <div
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 1000000,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'rgba(0,0,0,0.4)'
      }}
    >
      <div
        ref={box}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={ids.title}
        aria-describedby={props.subText ? ids.text : undefined}
        onKeyDown={onKeyDown}
        lang={document.documentElement.lang || undefined}
        className={mergeStyles(fonts.medium, {
          background: semanticColors.bodyBackground,
          color: semanticColors.bodyText,
          border: `1px solid ${semanticColors.bodyDivider}`,
          boxShadow: effects.elevation64,
          borderRadius: effects.roundedCorner2,
          padding: 24,
          maxWidth: 'min(560px, 90vw)',
          minWidth: 'min(288px, 90vw)'
        })}
      >
        <h2 id={ids.title} className={mergeStyles(fonts.xLarge, { margin: '0 0 12px' })}>
          {props.title}
        </h2>
        {props.subText && (
          <p id={ids.text} style={{ margin: '0 0 16px' }}>
            {props.subText}
          </p>
        )}
        {props.children}
      </div>
    </div>,
    document.body
  );
}
