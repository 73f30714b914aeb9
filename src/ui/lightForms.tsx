/**
 * Light controls behind the first view (forms, a confirmation dialog): kept out of src/ui/light
 * so that a web part's first-view bundle does not carry them (webpack includes a module whole).
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { LightIcon, LightOption, useFieldId, useLightClasses } from './light';
import { block, space } from './layout';
import { perTheme } from './themeClasses';

type FormClass = 'anchor' | 'checkboxRow' | 'dialog' | 'dialogTitle' | 'dialogText';

const formClasses = perTheme<Record<FormClass, string>>();

/** The classes of the controls in this file, in the current theme (the light controls' own are `useLightClasses`). */
function useFormClasses(): Record<FormClass, string> {
  const theme = useTheme();
  const light = useLightClasses();
  return formClasses(theme, '', () => {
    const { semanticColors, fonts, effects } = theme;
    // Border and padding lie outside the dialog's content-box widths, as before.
    const frame = 2 * (1 + space.xxl);
    return mergeStyleSets({
      // A link to a page, underlined so it never stands out by colour alone.
      anchor: [light.link, { textDecoration: 'underline' }],
      // A group's checkboxes side by side, wrapping on a narrow column.
      checkboxRow: { display: 'flex', flexWrap: 'wrap' },
      dialog: [
        fonts.medium,
        {
          // The browser's own dialog look (black border, 1em padding, Canvas colours) gives way to the theme's.
          boxSizing: 'content-box',
          margin: 'auto',
          background: semanticColors.bodyBackground,
          color: semanticColors.bodyText,
          border: `1px solid ${semanticColors.bodyDivider}`,
          boxShadow: effects.elevation64,
          borderRadius: effects.roundedCorner2,
          padding: space.xxl,
          // Up to 560 px and 90% of the window, and never wider than the window with its border and padding.
          maxWidth: `min(560px, 90vw, 100% - ${frame}px)`,
          minWidth: 'min(288px, 90vw)',
          // The page behind, dimmed (the overlay before the native dialog).
          selectors: { '::backdrop': { background: 'rgba(0,0,0,0.4)' } }
        }
      ],
      dialogTitle: [fonts.xLarge, { margin: block(0, space.m) }],
      dialogText: { margin: block(0, space.l) }
    });
  });
}

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
  const classes = useFormClasses();
  // A caller's `style` still applies (it is in `rest`).
  return <a {...rest} className={[classes.anchor, className].filter(Boolean).join(' ')} />;
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
  const { checkboxRow } = useFormClasses();
  const toggle = (key: string, on: boolean): void =>
    props.onChange(on ? [...props.values.filter((v) => v !== key), key] : props.values.filter((v) => v !== key));
  return (
    <fieldset className={classes.group} aria-describedby={props.errorMessage ? `${id}-error` : undefined}>
      <legend className={[classes.legend, classes.label].join(' ')} data-required={props.required ? '' : undefined}>
        {props.label}
      </legend>
      <div className={checkboxRow}>
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

/**
 * A modal confirmation (role alertdialog) on the browser's own `<dialog>`, opened with
 * `showModal()`: it sits in the top layer over the page, the rest of the page is inert (neither Tab
 * nor a click reaches it), and Escape fires `cancel`, which asks `onDismiss` instead of closing (the
 * caller's state decides; a click on the backdrop does nothing). Focus starts on the element marked
 * `data-autofocus` (the safe choice) and returns to where it was when the dialog closes. Render it
 * only while it is open.
 *
 * One thing the platform does not do: wrap Tab. After a modal dialog's last element (and before its
 * first) Chromium moves focus out of the page, to the browser's own controls, and only the next Tab
 * brings it back. Keyboard users had (and the keyboard journey checks) focus going round inside the
 * dialog, so `wrapTab` still moves it from one end to the other; everything else is the browser's.
 */
export function LightDialog(props: LightDialogProps): JSX.Element {
  const classes = useFormClasses();
  const box = React.useRef<HTMLDialogElement>(null);
  /** Set while this component closes the dialog itself (on unmount). */
  const closing = React.useRef(false);
  const ids = { title: useFieldId(), text: useFieldId() };
  // A layout effect: React 17 runs its clean-up before it removes the element, so close() runs on a
  // dialog still in the page, and the browser gives focus back to the element that had it when
  // showModal() ran (the button that opened the dialog). A passive effect's clean-up would run after
  // the removal, when the browser no longer restores focus.
  React.useLayoutEffect(() => {
    const dialog = box.current;
    if (!dialog) return undefined;
    dialog.showModal();
    focusFirst(dialog);
    return () => {
      closing.current = true;
      dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={box}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={ids.title}
      aria-describedby={props.subText ? ids.text : undefined}
      lang={document.documentElement.lang || undefined}
      className={classes.dialog}
      onKeyDown={(event) => {
        // Escape goes no further than the dialog, as before (its `cancel` does the rest).
        if (event.key === 'Escape') event.stopPropagation();
        else if (event.key === 'Tab' && box.current) wrapTab(box.current, event);
      }}
      onCancel={(event) => {
        event.preventDefault();
        props.onDismiss();
      }}
      onClose={() => {
        // Chromium lets a page refuse Escape only so often without a new click or key press: then an
        // Escape closes the dialog anyway (the third in a row, while a delete was running). The caller
        // still renders it, so it opens again; it closes when the caller stops rendering it.
        if (closing.current || !box.current) return;
        box.current.showModal();
        focusFirst(box.current);
      }}
    >
      <h2 id={ids.title} className={classes.dialogTitle}>
        {props.title}
      </h2>
      {props.subText && (
        <p id={ids.text} className={classes.dialogText}>
          {props.subText}
        </p>
      )}
      {props.children}
    </dialog>
  );
}

/**
 * Focus on the element marked `data-autofocus`, by hand: showModal() would honour an `autofocus`
 * attribute, but React does not render one (its `autoFocus` calls focus() when the element mounts,
 * before the dialog is open and while nothing in it can take focus), and jsdom's stand-in does no
 * focusing. Without a marked element, showModal()'s own choice stands.
 */
function focusFirst(dialog: HTMLDialogElement): void {
  const first = dialog.querySelector<HTMLElement>('[data-autofocus]');
  if (first) first.focus();
}

/** The elements Tab stops on (inside a dialog whose page is inert, nothing else can take focus). */
const TABBABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Tab on the dialog's last element goes to its first, Shift+Tab on the first (or on the dialog) to its last. */
function wrapTab(dialog: HTMLDialogElement, event: React.KeyboardEvent): void {
  const stops = Array.from(dialog.querySelectorAll<HTMLElement>(TABBABLE));
  const active = document.activeElement;
  if (!stops.length) {
    event.preventDefault();
    return;
  }
  const to = event.shiftKey
    ? active === stops[0] || active === dialog || !dialog.contains(active)
      ? stops[stops.length - 1]
      : undefined
    : active === stops[stops.length - 1]
      ? stops[0]
      : undefined;
  if (!to) return;
  event.preventDefault();
  to.focus();
}
