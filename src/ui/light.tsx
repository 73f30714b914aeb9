/**
 * Light stand-ins for Fluent's Pivot, buttons, links, text fields and dropdowns on the web parts'
 * first views. Every Fluent button (and Pivot and MessageBar, which render them) brings
 * ContextualMenu, Callout, FocusZone and KeytipData with it: about 45 KB gzip, most of the
 * first-view budget; a Dropdown adds its own Callout and list. These are plain HTML elements with
 * the theme's colours, visible focus, labels tied to their fields and the ARIA tabs pattern
 * (arrow keys, Home, End).
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { getIcon, IFontStyles, mergeStyles, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

type ClassName = 'button' | 'primary' | 'tab' | 'tablist' | 'icon' | 'link' | 'field' | 'label' | 'input' | 'textarea' | 'select' | 'hint' | 'error'
  | 'group' | 'legend' | 'choice' | 'choiceInput' | 'iconButton';

function useClasses(): Record<ClassName, string> {
  const theme = useTheme();
  return React.useMemo(() => {
    const { palette, semanticColors, fonts } = theme;
    const focus = { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: 1 };
    const input = {
      ...fonts.medium, boxSizing: 'border-box', width: '100%', minHeight: 32, padding: '0 8px', borderRadius: 2, margin: 0,
      border: `1px solid ${semanticColors.inputBorder}`, background: semanticColors.inputBackground, color: semanticColors.inputText,
      // Native pickers and scroll bars in the theme's lightness (a dark theme's select options).
      colorScheme: theme.isInverted ? 'dark' : 'light',
      selectors: {
        ':hover': { borderColor: semanticColors.inputBorderHovered },
        ':focus-visible': { ...focus, outlineOffset: 0, borderColor: semanticColors.inputFocusBorderAlt },
        ':disabled': { background: semanticColors.disabledBackground, color: semanticColors.disabledText, borderColor: semanticColors.disabledBackground },
        '&[aria-invalid="true"]': { borderColor: semanticColors.errorText }
      }
    };
    const base = {
      ...fonts.medium, fontWeight: 600, minWidth: 80, height: 32, padding: '0 16px', borderRadius: 2, cursor: 'pointer',
      border: `1px solid ${semanticColors.buttonBorder}`, background: semanticColors.buttonBackground, color: semanticColors.buttonText,
      selectors: {
        ':hover': { background: semanticColors.buttonBackgroundHovered, color: semanticColors.buttonTextHovered },
        ':active': { background: semanticColors.buttonBackgroundPressed },
        ':focus-visible': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: 1 },
        ':disabled': { cursor: 'default', background: semanticColors.buttonBackgroundDisabled, color: semanticColors.buttonTextDisabled, borderColor: semanticColors.buttonBackgroundDisabled }
      }
    };
    return mergeStyleSets({
      button: base,
      primary: [base, {
        border: `1px solid ${semanticColors.primaryButtonBorder === 'transparent' ? palette.themePrimary : semanticColors.primaryButtonBorder}`,
        background: semanticColors.primaryButtonBackground, color: semanticColors.primaryButtonText,
        selectors: {
          ':hover': { background: semanticColors.primaryButtonBackgroundHovered, color: semanticColors.primaryButtonTextHovered },
          ':active': { background: semanticColors.primaryButtonBackgroundPressed }
        }
      }],
      iconButton: {
        width: 32, height: 32, padding: 0, border: '1px solid transparent', borderRadius: 2, cursor: 'pointer', fontSize: 16, lineHeight: 1,
        background: 'transparent', color: semanticColors.bodyText,
        selectors: {
          ':hover': { background: semanticColors.buttonBackgroundHovered, color: semanticColors.buttonTextHovered },
          ':focus-visible': focus,
          ':disabled': { cursor: 'default', color: semanticColors.disabledText, background: 'transparent' }
        }
      },
      icon: { marginRight: 6, fontSize: 14, verticalAlign: 'middle', lineHeight: 1 },
      // A button that looks like a link (Fluent's Link without href renders the same element).
      link: {
        ...fonts.medium, fontSize: 'inherit', background: 'none', border: 0, padding: 0, margin: 0, cursor: 'pointer', textAlign: 'left',
        color: semanticColors.link, textDecoration: 'none',
        selectors: {
          ':hover': { color: semanticColors.linkHovered, textDecoration: 'underline' },
          ':focus-visible': focus
        }
      },
      field: { marginTop: 4, marginBottom: 4 },
      label: {
        ...fonts.medium, display: 'block', fontWeight: 600, padding: '5px 0', color: semanticColors.bodyText,
        // As Fluent marks required fields: generated, so the label's text stays the field's name.
        selectors: { '&[data-required]::after': { content: "' *'", color: semanticColors.errorText, paddingRight: 12 } }
      },
      group: { border: 0, padding: 0, margin: '4px 0', minWidth: 0 },
      legend: { ...fonts.medium, fontWeight: 600, padding: '5px 0', color: semanticColors.bodyText },
      choice: { ...fonts.medium, display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 28, marginRight: 16, cursor: 'pointer', color: semanticColors.bodyText },
      choiceInput: {
        width: 18, height: 18, margin: 0, cursor: 'pointer', accentColor: palette.themePrimary,
        selectors: { ':focus-visible': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: 2 } }
      },
      input,
      textarea: [input, { padding: '6px 8px', minHeight: 60, resize: 'vertical', lineHeight: 1.4 }],
      select: [input, { height: 32, padding: '0 4px', cursor: 'pointer' }],
      hint: { ...fonts.small, display: 'block', paddingTop: 4, color: semanticColors.bodySubtext },
      error: { ...fonts.small, display: 'block', paddingTop: 4, color: semanticColors.errorText },
      tablist: { display: 'flex', flexWrap: 'wrap', gap: 8, borderBottom: `1px solid ${semanticColors.bodyDivider}`, marginBottom: 8 },
      tab: {
        // No border on the others, so forced colours (high contrast) still mark only the selected tab.
        ...fonts.medium, background: 'none', border: 0, color: semanticColors.bodyText, padding: 8, cursor: 'pointer',
        selectors: {
          ':hover': { background: semanticColors.buttonBackgroundHovered },
          ':focus-visible': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: -2 },
          '&[aria-selected="true"]': { fontWeight: 600, paddingBottom: 6, borderBottom: `2px solid ${palette.themePrimary}` }
        }
      }
    });
  }, [theme]);
}

export interface LightButtonProps extends Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  text: string;
  primary?: boolean;
  /** A registered Fluent icon's name, shown before the text (decorative: the text names the button). */
  icon?: string;
  /** 'submit' inside a form; a plain button otherwise. */
  type?: 'button' | 'submit';
}

export function LightButton(props: LightButtonProps): JSX.Element {
  const { text, primary, icon, className, type, ...rest } = props;
  const classes = useClasses();
  return (
    <button type={type === 'submit' ? 'submit' : 'button'} {...rest} className={[primary ? classes.primary : classes.button, className].filter(Boolean).join(' ')}>
      {icon && <LightIcon name={icon} className={classes.icon} />}{text}
    </button>
  );
}

/**
 * A registered icon (the page's icon font in SharePoint, SVGs in the workbench), decorative: what
 * Fluent's FontIcon renders, without the Icon barrel (which brings the Image component along).
 */
export function LightIcon(props: { name: string; className?: string }): JSX.Element | null {
  const icon = getIcon(props.name);
  if (!icon) return null;
  const { subset } = icon;
  return (
    <i data-icon-name={props.name} aria-hidden="true" className={[subset.className, props.className].filter(Boolean).join(' ')}
      style={{ display: 'inline-block', fontStyle: 'normal', fontFamily: subset.fontFace && subset.fontFace.fontFamily }}>
      {icon.code}
    </i>
  );
}

/** A button that shows only an icon: `aria-label` names it (and `title` shows the name on hover). */
export function LightIconButton(props: Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children'> & { icon: string; 'aria-label': string }): JSX.Element {
  const { icon, className, ...rest } = props;
  const classes = useClasses();
  return (
    <button type="button" {...rest} className={[classes.iconButton, className].filter(Boolean).join(' ')}>
      <LightIcon name={icon} />
    </button>
  );
}

/** A field's label, marked (as Fluent's) when the field is required. */
export function LightLabel(props: React.LabelHTMLAttributes<HTMLLabelElement> & { required?: boolean }): JSX.Element {
  const { required, className, ...rest } = props;
  const classes = useClasses();
  return <label {...rest} data-required={required ? '' : undefined} className={[classes.label, className].filter(Boolean).join(' ')} />;
}

/** An action that reads as a link in running text (opens a view inside the app): a button, as Fluent's Link without href. */
export function LightLink(props: Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'type'>): JSX.Element {
  const { className, ...rest } = props;
  const classes = useClasses();
  return <button type="button" {...rest} className={[classes.link, className].filter(Boolean).join(' ')} />;
}

/** A link to a page (opens where its href says), underlined so it never stands out by colour alone. */
export function LightAnchor(props: React.AnchorHTMLAttributes<HTMLAnchorElement>): JSX.Element {
  const { className, ...rest } = props;
  const classes = useClasses();
  return <a {...rest} className={[classes.link, className].filter(Boolean).join(' ')} style={{ textDecoration: 'underline', ...rest.style }} />;
}

let lastId = 0;
/** A stable id for a field's label, hint and error (React 17 has no useId). */
function useFieldId(given?: string): string {
  const [id] = React.useState(() => given || `ddh-field-${++lastId}`);
  return given || id;
}

interface FieldFrameProps {
  id: string;
  label: string;
  required?: boolean;
  description?: string;
  errorMessage?: string;
  className?: string;
  children: React.ReactNode;
}

function FieldFrame(props: FieldFrameProps): JSX.Element {
  const classes = useClasses();
  return (
    <div className={[classes.field, props.className].filter(Boolean).join(' ')}>
      <label htmlFor={props.id} className={classes.label} data-required={props.required ? '' : undefined}>{props.label}</label>
      {props.children}
      {props.description && <span id={`${props.id}-hint`} className={classes.hint}>{props.description}</span>}
      {props.errorMessage && <span id={`${props.id}-error`} role="alert" className={classes.error}>{props.errorMessage}</span>}
    </div>
  );
}

function describedBy(id: string, props: { description?: string; errorMessage?: string }): string | undefined {
  return [props.description && `${id}-hint`, props.errorMessage && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export interface LightTextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  id?: string;
  type?: 'text' | 'search' | 'email' | 'url';
  multiline?: boolean;
  required?: boolean;
  disabled?: boolean;
  /** Help under the field, tied to it with aria-describedby. */
  description?: string;
  /** Shown under the field (role alert) and marks it invalid. */
  errorMessage?: string;
  maxLength?: number;
  inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode'];
  className?: string;
}

/** A labelled text field (or text area). */
export function LightTextField(props: LightTextFieldProps): JSX.Element {
  const id = useFieldId(props.id);
  const classes = useClasses();
  const common = {
    id, value: props.value, required: props.required, disabled: props.disabled, maxLength: props.maxLength,
    'aria-invalid': props.errorMessage ? true : undefined,
    'aria-describedby': describedBy(id, props)
  };
  return (
    <FieldFrame id={id} label={props.label} required={props.required} description={props.description} errorMessage={props.errorMessage} className={props.className}>
      {props.multiline
        ? <textarea {...common} className={classes.textarea} onChange={(e) => props.onChange(e.target.value)} />
        : <input {...common} type={props.type || 'text'} inputMode={props.inputMode} className={classes.input} onChange={(e) => props.onChange(e.target.value)} />}
    </FieldFrame>
  );
}

export interface LightOption {
  key: string;
  text: string;
}

export interface LightSelectProps {
  label: string;
  options: readonly LightOption[];
  value: string;
  onChange(value: string): void;
  id?: string;
  required?: boolean;
  disabled?: boolean;
  description?: string;
  errorMessage?: string;
  className?: string;
}

/** A labelled choice of one (the browser's own select: keyboard, type-ahead and screen readers come with it). */
export function LightSelect(props: LightSelectProps): JSX.Element {
  const id = useFieldId(props.id);
  const classes = useClasses();
  return (
    <FieldFrame id={id} label={props.label} required={props.required} description={props.description} errorMessage={props.errorMessage} className={props.className}>
      <select id={id} value={props.value} disabled={props.disabled} required={props.required} className={classes.select}
        aria-invalid={props.errorMessage ? true : undefined} aria-describedby={describedBy(id, props)}
        onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => <option key={o.key} value={o.key}>{o.text}</option>)}
      </select>
    </FieldFrame>
  );
}

export interface Tab {
  key: string;
  title: string;
  render: () => React.ReactNode;
}

/** Tabs: only the selected panel is rendered, as in Fluent's Pivot. */
export function Tabs(props: { label: string; tabs: readonly Tab[]; idPrefix: string }): JSX.Element | null {
  const { label, tabs, idPrefix } = props;
  const classes = useClasses();
  const [selectedKey, setSelectedKey] = React.useState<string | undefined>();
  const refs = React.useRef<Record<string, HTMLButtonElement | null>>({});
  if (tabs.length === 0) return null;
  const selected = tabs.find((t) => t.key === selectedKey) || tabs[0];
  const select = (index: number): void => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    setSelectedKey(tab.key);
    refs.current[tab.key]?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent, index: number): void => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (moves[e.key] === undefined) return;
    e.preventDefault();
    select(moves[e.key]);
  };
  return (
    <div>
      <div role="tablist" aria-label={label} className={classes.tablist}>
        {tabs.map((t, i) => (
          <button key={t.key} type="button" role="tab" id={`${idPrefix}-tab-${t.key}`} aria-controls={`${idPrefix}-panel-${t.key}`}
            aria-selected={t === selected} tabIndex={t === selected ? 0 : -1} className={classes.tab}
            ref={(el) => { refs.current[t.key] = el; }} onClick={() => setSelectedKey(t.key)} onKeyDown={(e) => onKeyDown(e, i)}>
            {t.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${idPrefix}-panel-${selected.key}`} aria-labelledby={`${idPrefix}-tab-${selected.key}`} tabIndex={0}>
        {selected.render()}
      </div>
    </div>
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
  const classes = useClasses();
  return (
    <label className={classes.choice}>
      <input type="checkbox" className={classes.choiceInput} checked={props.checked} disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)} />
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
}

/** One of a few, as radio buttons in a labelled group (arrow keys move between them). */
export function LightChoiceGroup(props: LightChoiceGroupProps): JSX.Element {
  const classes = useClasses();
  return (
    <fieldset className={classes.group}>
      <legend className={[classes.legend, classes.label].join(' ')} data-required={props.required ? '' : undefined}>{props.label}</legend>
      {props.options.map((o) => (
        <label key={o.key} className={classes.choice}>
          <input type="radio" name={props.name} value={o.key} className={classes.choiceInput} checked={props.value === o.key}
            disabled={props.disabled} onChange={() => props.onChange(o.key)} />
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
  const classes = useClasses();
  const toggle = (key: string, on: boolean): void =>
    props.onChange(on ? [...props.values.filter((v) => v !== key), key] : props.values.filter((v) => v !== key));
  return (
    <fieldset className={classes.group} aria-describedby={props.errorMessage ? `${id}-error` : undefined}>
      <legend className={[classes.legend, classes.label].join(' ')} data-required={props.required ? '' : undefined}>{props.label}</legend>
      <div style={{ display: 'flex', flexWrap: 'wrap' }}>
        {props.options.map((o) => (
          <LightCheckbox key={o.key} label={o.text} checked={props.values.indexOf(o.key) >= 0} disabled={props.disabled} onChange={(on) => toggle(o.key, on)} />
        ))}
      </div>
      {props.errorMessage && <span id={`${id}-error`} role="alert" className={classes.error}>{props.errorMessage}</span>}
    </fieldset>
  );
}

export interface LightTextProps extends React.HTMLAttributes<HTMLElement> {
  /** The element (as Fluent's Text): 'span' unless told. */
  as?: 'span' | 'p' | 'h2' | 'h3' | 'h4' | 'div' | 'strong';
  /** A theme font size, as Fluent's Text variants. */
  variant?: keyof IFontStyles;
  block?: boolean;
}

/** Text in a theme font size: what Fluent's Text renders, without its component factory (foundation-legacy). */
export function LightText(props: LightTextProps): JSX.Element {
  const { as, variant, block, className, ...rest } = props;
  const theme = useTheme();
  const font = theme.fonts[variant || 'medium'];
  const root = mergeStyles(font, { display: block ? 'block' : 'inline', color: 'inherit' });
  return React.createElement(as || 'span', { ...rest, className: [root, className].filter(Boolean).join(' ') });
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

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal confirmation (role alertdialog), as Fluent's blocking Dialog without its Modal, Layer,
 * FocusTrapZone and Overlay: rendered over the page in a portal, Tab and Shift+Tab stay inside,
 * Escape dismisses, focus starts on the element marked `data-autofocus` (the safe choice) and
 * returns to where it was when the dialog closes. Render it only while it is open.
 */
export function LightDialog(props: LightDialogProps): JSX.Element {
  const theme = useTheme();
  const box = React.useRef<HTMLDivElement>(null);
  const [ids] = React.useState(() => ({ title: `ddh-dialog-${++lastId}`, text: `ddh-dialog-${++lastId}` }));
  React.useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = box.current && (box.current.querySelector<HTMLElement>('[data-autofocus]') || box.current.querySelector<HTMLElement>(FOCUSABLE));
    if (first) first.focus();
    return () => { if (before && document.body.contains(before)) before.focus(); };
  }, []);
  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onDismiss();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const focusable = Array.from(box.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (!focusable.length) { event.preventDefault(); return; }
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
    <div style={{ position: 'fixed', inset: 0, zIndex: 1000000, display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'rgba(0,0,0,0.4)' }}>
      <div ref={box} role="alertdialog" aria-modal="true" aria-labelledby={ids.title} aria-describedby={props.subText ? ids.text : undefined}
        onKeyDown={onKeyDown} lang={document.documentElement.lang || undefined}
        className={mergeStyles(fonts.medium, {
          background: semanticColors.bodyBackground, color: semanticColors.bodyText, border: `1px solid ${semanticColors.bodyDivider}`,
          boxShadow: effects.elevation64, borderRadius: effects.roundedCorner2, padding: 24, maxWidth: 'min(560px, 90vw)', minWidth: 'min(288px, 90vw)'
        })}>
        <h2 id={ids.title} className={mergeStyles(fonts.xLarge, { margin: '0 0 12px' })}>{props.title}</h2>
        {props.subText && <p id={ids.text} style={{ margin: '0 0 16px' }}>{props.subText}</p>}
        {props.children}
      </div>
    </div>,
    document.body
  );
}
