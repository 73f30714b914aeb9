/**
 * Light stand-ins for Fluent's Pivot, buttons, links, text fields and dropdowns on the web parts'
 * first views. Every Fluent button (and Pivot and MessageBar, which render them) brings
 * ContextualMenu, Callout, FocusZone and KeytipData with it: about 45 KB gzip, most of the
 * first-view budget; a Dropdown adds its own Callout and list. These are plain HTML elements with
 * the theme's colours, visible focus, labels tied to their fields and the ARIA tabs pattern
 * (arrow keys, Home, End).
 */
import * as React from 'react';
import { IFontStyles, IRawStyle, mergeStyles } from '@fluentui/react/lib/Styling';
import { perTheme, themeClasses } from './themeClasses';
import { useTheme } from '@fluentui/react/lib/Theme';
import { buttonStyles, LightIcon } from './lightButton';
import { HubContext } from './HubContext';

export { LightButton, LightIcon } from './lightButton';
export type { LightButtonProps } from './lightButton';

export type ClassName =
  | 'button'
  | 'primary'
  | 'tab'
  | 'tablist'
  | 'icon'
  | 'link'
  | 'field'
  | 'label'
  | 'input'
  | 'textarea'
  | 'select'
  | 'hint'
  | 'error'
  | 'group'
  | 'legend'
  | 'choice'
  | 'choiceInput'
  | 'iconButton'
  | 'tabRow'
  | 'moreBox'
  | 'moreIcon'
  | 'menu'
  | 'menuItem'
  | 'moreTab'
  | 'textButton';

/** The light controls' classes in the current theme (shared with src/ui/lightForms). */
export const useLightClasses: () => Record<ClassName, string> = themeClasses((theme) => {
  const { palette, semanticColors, fonts } = theme;
  const focus = { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: 1 };
  const input = {
    ...fonts.medium,
    boxSizing: 'border-box',
    width: '100%',
    minHeight: 32,
    padding: '0 8px',
    borderRadius: 2,
    margin: 0,
    border: `1px solid ${semanticColors.inputBorder}`,
    background: semanticColors.inputBackground,
    color: semanticColors.inputText,
    // Native pickers and scroll bars in the theme's lightness (a dark theme's select options).
    colorScheme: theme.isInverted ? 'dark' : 'light',
    selectors: {
      ':hover': { borderColor: semanticColors.inputBorderHovered },
      ':focus-visible': { ...focus, outlineOffset: 0, borderColor: semanticColors.inputFocusBorderAlt },
      ':disabled': {
        background: semanticColors.disabledBackground,
        color: semanticColors.disabledText,
        borderColor: semanticColors.disabledBackground
      },
      '&[aria-invalid="true"]': { borderColor: semanticColors.errorText }
    }
  };
  return {
    ...buttonStyles(theme),
    iconButton: {
      width: 32,
      height: 32,
      padding: 0,
      border: '1px solid transparent',
      borderRadius: 2,
      cursor: 'pointer',
      fontSize: 16,
      lineHeight: '1',
      background: 'transparent',
      color: semanticColors.bodyText,
      selectors: {
        ':hover': { background: semanticColors.buttonBackgroundHovered, color: semanticColors.buttonTextHovered },
        ':focus-visible': focus,
        ':disabled': { cursor: 'default', color: semanticColors.disabledText, background: 'transparent' }
      }
    },
    // A button that looks like a link (Fluent's Link without href renders the same element).
    link: {
      ...fonts.medium,
      fontSize: 'inherit',
      background: 'none',
      border: 0,
      padding: 0,
      margin: 0,
      cursor: 'pointer',
      textAlign: 'left',
      color: semanticColors.link,
      textDecoration: 'none',
      selectors: {
        ':hover': { color: semanticColors.linkHovered, textDecoration: 'underline' },
        ':focus-visible': focus
      }
    },
    field: { marginTop: 4, marginBottom: 4 },
    label: {
      ...fonts.medium,
      display: 'block',
      fontWeight: 600,
      padding: '5px 0',
      color: semanticColors.bodyText,
      // As Fluent marks required fields: generated, so the label's text stays the field's name.
      selectors: { '&[data-required]::after': { content: "' *'", color: semanticColors.errorText, paddingRight: 12 } }
    },
    group: { border: 0, padding: 0, margin: '4px 0', minWidth: 0 },
    legend: { ...fonts.medium, fontWeight: 600, padding: '5px 0', color: semanticColors.bodyText },
    choice: {
      ...fonts.medium,
      display: 'inline-flex',
      alignItems: 'center',
      gap: 6,
      minHeight: 28,
      marginRight: 16,
      cursor: 'pointer',
      color: semanticColors.bodyText
    },
    choiceInput: {
      width: 18,
      height: 18,
      margin: 0,
      cursor: 'pointer',
      accentColor: palette.themePrimary,
      selectors: { ':focus-visible': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: 2 } }
    },
    input,
    // A text area grows with its text where the browser can (CSS field-sizing; elsewhere it is resized by hand).
    textarea: [
      input,
      { padding: '6px 8px', minHeight: 60, resize: 'vertical', lineHeight: '1.4', ...({ fieldSizing: 'content' } as IRawStyle) }
    ],
    select: [input, { height: 32, padding: '0 4px', cursor: 'pointer' }],
    hint: { ...fonts.small, display: 'block', paddingTop: 4, color: semanticColors.bodySubtext },
    error: { ...fonts.small, display: 'block', paddingTop: 4, color: semanticColors.errorText },
    // One row of tabs and, when they do not all fit, the "More" menu after them.
    tabRow: { display: 'flex', alignItems: 'flex-end', borderBottom: `1px solid ${semanticColors.bodyDivider}`, marginBottom: 8 },
    tablist: { display: 'flex', flexWrap: 'nowrap', gap: 8, minWidth: 0, flex: '1 1 auto' },
    moreBox: { position: 'relative', flex: '0 0 auto', marginLeft: 8 },
    moreIcon: { marginLeft: 6, fontSize: 12, verticalAlign: 'middle', lineHeight: '1' },
    menu: {
      position: 'absolute',
      right: 0,
      top: '100%',
      zIndex: 10,
      minWidth: 180,
      maxWidth: '80vw',
      padding: '4px 0',
      display: 'flex',
      flexDirection: 'column',
      background: semanticColors.bodyBackground,
      color: semanticColors.bodyText,
      border: `1px solid ${semanticColors.bodyDivider}`,
      boxShadow: theme.effects.elevation8
    },
    menuItem: {
      ...fonts.medium,
      background: 'none',
      border: 0,
      color: semanticColors.bodyText,
      padding: '8px 12px',
      textAlign: 'left',
      cursor: 'pointer',
      selectors: {
        ':hover': { background: semanticColors.buttonBackgroundHovered },
        ':focus-visible': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: -2 },
        ':focus': { background: semanticColors.buttonBackgroundHovered }
      }
    },
    tab: {
      // No border on the others, so forced colours (high contrast) still mark only the selected tab.
      ...fonts.medium,
      background: 'none',
      border: 0,
      color: semanticColors.bodyText,
      padding: 8,
      cursor: 'pointer',
      whiteSpace: 'nowrap',
      // Alone beside "More" in a very narrow web part, the selected tab's name ends in an ellipsis (its title has it whole).
      flex: '0 1 auto',
      minWidth: 0,
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      selectors: {
        ':hover': { background: semanticColors.buttonBackgroundHovered },
        ':focus-visible': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: -2 },
        '&[aria-selected="true"]': { fontWeight: 600, paddingBottom: 6, borderBottom: `2px solid ${palette.themePrimary}` }
      }
    },
    // After `tab` (it overrides it): the More button's focus outline and chevron are not cut off.
    moreTab: { overflow: 'visible' },
    textButton: TEXT_BUTTON_STYLE
  };
});

/**
 * A button that reads as underlined text in the colour around it: an action inside a message or a
 * table cell ("Open …", a plan's title), where a link's own colour could lose contrast. As a class:
 * useLightClasses().textButton.
 */
export const TEXT_BUTTON_STYLE: IRawStyle = {
  background: 'none',
  border: 0,
  padding: 0,
  color: 'inherit',
  textDecoration: 'underline',
  cursor: 'pointer',
  font: 'inherit',
  textAlign: 'start'
};

/** An action that reads as a link in running text (opens a view inside the app): a button, as Fluent's Link without href. */
export function LightLink(props: Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'type'>): JSX.Element {
  const { className, ...rest } = props;
  const classes = useLightClasses();
  // One class merged from both (the caller's rules last), so the caller's colour wins whichever rule was inserted first.
  return <button type="button" {...rest} className={className ? mergeStyles(classes.link, className) : classes.link} />;
}

let lastId = 0;
/** A stable id for a field's label, hint and error (React 17 has no useId). */
export function useFieldId(given?: string): string {
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
  const classes = useLightClasses();
  return (
    <div className={[classes.field, props.className].filter(Boolean).join(' ')}>
      <label htmlFor={props.id} className={classes.label} data-required={props.required ? '' : undefined}>
        {props.label}
      </label>
      {props.children}
      {props.description && (
        <span id={`${props.id}-hint`} className={classes.hint}>
          {props.description}
        </span>
      )}
      {props.errorMessage && (
        <span id={`${props.id}-error`} role="alert" className={classes.error}>
          {props.errorMessage}
        </span>
      )}
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
  type?: 'text' | 'search' | 'email' | 'url' | 'number';
  multiline?: boolean;
  /** A text area's height in lines at first; it grows with its text where the browser can (field-sizing). */
  rows?: number;
  /** The smallest number a number field takes. */
  min?: number;
  placeholder?: string;
  autoComplete?: string;
  /** Ids of more text that describes the field (a counter), after its hint and error. */
  describedBy?: string;
  required?: boolean;
  disabled?: boolean;
  /** Help under the field, tied to it with aria-describedby. */
  description?: string;
  /** Shown under the field (role alert) and marks it invalid. */
  errorMessage?: string;
  maxLength?: number;
  inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode'];
  /** Id of a `<datalist>` whose options the field suggests (it becomes a combobox). */
  list?: string;
  className?: string;
}

/** A labelled text field (or text area). */
export function LightTextField(props: LightTextFieldProps): JSX.Element {
  const id = useFieldId(props.id);
  const classes = useLightClasses();
  const common = {
    id,
    value: props.value,
    required: props.required,
    disabled: props.disabled,
    maxLength: props.maxLength,
    placeholder: props.placeholder,
    autoComplete: props.autoComplete,
    'aria-invalid': props.errorMessage ? true : undefined,
    'aria-describedby': [describedBy(id, props), props.describedBy].filter(Boolean).join(' ') || undefined
  };
  return (
    <FieldFrame
      id={id}
      label={props.label}
      required={props.required}
      description={props.description}
      errorMessage={props.errorMessage}
      className={props.className}
    >
      {props.multiline ? (
        <textarea {...common} rows={props.rows} className={classes.textarea} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type || 'text'}
          min={props.min}
          inputMode={props.inputMode}
          list={props.list}
          className={classes.input}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
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
  const classes = useLightClasses();
  return (
    <FieldFrame
      id={id}
      label={props.label}
      required={props.required}
      description={props.description}
      errorMessage={props.errorMessage}
      className={props.className}
    >
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        required={props.required}
        className={classes.select}
        aria-invalid={props.errorMessage ? true : undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.text}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface Tab {
  key: string;
  title: string;
  render: () => React.ReactNode;
}

const TAB_GAP = 8;

/**
 * Tabs: only the selected panel is rendered, as in Fluent's Pivot. The tabs stay one row: those
 * that do not fit the web part's width go into a "More" menu after the row (the selected tab is
 * always in the row), as SharePoint's own pivots do. The menu follows the ARIA menu button
 * pattern: aria-haspopup and aria-expanded on its button; Enter, Space or the arrow keys open it;
 * the arrow keys, Home and End move in it; Escape closes it and focus goes back to its button;
 * choosing a tab selects it and puts focus on it.
 */
/** `initialKey`: the tab shown first (a page owner's preset); the first tab when it is not among them. */
export function Tabs(props: {
  label: string;
  tabs: readonly Tab[];
  idPrefix: string;
  moreLabel?: string;
  initialKey?: string;
}): JSX.Element | null {
  const { label, tabs, idPrefix } = props;
  const hub = React.useContext(HubContext);
  const moreLabel = props.moreLabel || (hub && hub.common.TabsMore) || 'More';
  const classes = useLightClasses();
  const [selectedKey, setSelectedKey] = React.useState<string | undefined>(props.initialKey);
  const [hidden, setHidden] = React.useState<readonly string[]>([]);
  const [menuOpen, setMenuOpen] = React.useState(false);
  const refs = React.useRef<Record<string, HTMLButtonElement | null>>({});
  const listRef = React.useRef<HTMLDivElement>(null);
  const moreRef = React.useRef<HTMLButtonElement>(null);
  const itemRefs = React.useRef<Array<HTMLButtonElement | null>>([]);
  /** Widths by title, measured while a tab is in the row (a hidden tab keeps its last width). */
  const widths = React.useRef<Record<string, number>>({});
  const moreWidth = React.useRef(0);
  const focusAfter = React.useRef<string | undefined>();
  const selected = tabs.find((t) => t.key === selectedKey) || tabs[0];

  const fit = React.useCallback((): void => {
    const list = listRef.current;
    if (!list || !selected) return;
    for (const t of tabs) {
      const el = refs.current[t.key];
      // The natural width, even while the row squeezes it.
      if (el && el.offsetWidth) widths.current[t.title] = Math.max(el.offsetWidth, el.scrollWidth);
    }
    if (moreRef.current && moreRef.current.offsetWidth) moreWidth.current = moreRef.current.offsetWidth;
    const room = (list.parentElement || list).clientWidth;
    // Not laid out (hidden, or no layout engine as in jsdom): every tab stays in the row.
    if (!room) return;
    const width = (t: Tab): number => (widths.current[t.title] || 0) + TAB_GAP;
    const all = tabs.reduce((sum, t) => sum + width(t), 0);
    let next: string[] = [];
    if (all > room + TAB_GAP) {
      // The selected tab first, then the others in order while they fit beside the More button.
      let used = width(selected) + (moreWidth.current || 80) + TAB_GAP;
      const shown = new Set([selected.key]);
      for (const t of tabs) {
        if (shown.has(t.key)) continue;
        if (used + width(t) > room) break;
        used += width(t);
        shown.add(t.key);
      }
      next = tabs.filter((t) => !shown.has(t.key)).map((t) => t.key);
    }
    setHidden((before) => (before.join('|') === next.join('|') ? before : next));
  }, [tabs, selected]);

  // Measured first when the browser lays the row out: a ResizeObserver reports the box's first size
  // in that frame, before it is painted, with the layout already done. Measuring inside the commit
  // would make the browser lay the whole page out there and then, and again to paint it. Later,
  // when the tabs, the selection or the More button's presence change (its own width is known once
  // it shows), the row is measured at once; not after every render of the panel, for the same reason.
  const shape = `${selected ? selected.key : ''}|${hidden.length > 0}|${tabs.map((t) => `${t.key}:${t.title}`).join('|')}`;
  const laidOut = React.useRef(false);
  React.useLayoutEffect(() => {
    if (laidOut.current) fit();
  }, [shape]); // eslint-disable-line react-hooks/exhaustive-deps
  React.useLayoutEffect(() => {
    if (focusAfter.current && refs.current[focusAfter.current]) {
      refs.current[focusAfter.current]?.focus();
      focusAfter.current = undefined;
    }
  });
  React.useLayoutEffect(() => {
    const list = listRef.current;
    const box = list && list.parentElement;
    if (!box) return undefined;
    const measure = (): void => {
      laidOut.current = true;
      fit();
    };
    if (typeof ResizeObserver === 'undefined') {
      measure();
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [fit]);
  React.useEffect(() => {
    if (!menuOpen) return undefined;
    const close = (e: MouseEvent): void => {
      const target = e.target as Node;
      if (!(moreRef.current && moreRef.current.parentElement && moreRef.current.parentElement.contains(target))) setMenuOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [menuOpen]);

  if (!selected) return null;
  const inRow = tabs.filter((t) => hidden.indexOf(t.key) < 0);
  const inMenu = tabs.filter((t) => hidden.indexOf(t.key) >= 0);
  const choose = (tab: Tab): void => {
    setSelectedKey(tab.key);
    focusAfter.current = tab.key;
  };
  const onKeyDown = (e: React.KeyboardEvent, index: number): void => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: inRow.length - 1 };
    if (moves[e.key] === undefined) return;
    e.preventDefault();
    choose(inRow[(moves[e.key] + inRow.length) % inRow.length]);
  };
  const menuId = `${idPrefix}-more-menu`;
  const openMenu = (item: number): void => {
    setMenuOpen(true);
    setTimeout(() => itemRefs.current[(item + inMenu.length) % inMenu.length]?.focus(), 0);
  };
  const closeMenu = (): void => {
    setMenuOpen(false);
    moreRef.current?.focus();
  };
  const onMoreKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openMenu(0);
    }
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      openMenu(inMenu.length - 1);
    }
  };
  const onMenuKeyDown = (e: React.KeyboardEvent, index: number): void => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: inMenu.length - 1 };
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      closeMenu();
      return;
    }
    if (e.key === 'Tab') {
      setMenuOpen(false);
      return;
    }
    if (moves[e.key] === undefined) return;
    e.preventDefault();
    itemRefs.current[(moves[e.key] + inMenu.length) % inMenu.length]?.focus();
  };
  return (
    <div>
      <div className={classes.tabRow}>
        <div role="tablist" aria-label={label} className={classes.tablist} ref={listRef}>
          {inRow.map((t, i) => (
            <button
              key={t.key}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${t.key}`}
              aria-controls={`${idPrefix}-panel-${t.key}`}
              aria-selected={t === selected}
              tabIndex={t === selected ? 0 : -1}
              className={classes.tab}
              title={t.title}
              ref={(el) => {
                refs.current[t.key] = el;
              }}
              onClick={() => setSelectedKey(t.key)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              {t.title}
            </button>
          ))}
        </div>
        {inMenu.length > 0 && (
          <div className={classes.moreBox}>
            <button
              type="button"
              ref={moreRef}
              className={`${classes.tab} ${classes.moreTab}`}
              aria-haspopup="menu"
              aria-expanded={menuOpen}
              aria-controls={menuOpen ? menuId : undefined}
              onClick={() => (menuOpen ? setMenuOpen(false) : openMenu(0))}
              onKeyDown={onMoreKeyDown}
            >
              {moreLabel}
              <LightIcon name="ChevronDown" className={classes.moreIcon} />
            </button>
            {menuOpen && (
              <div role="menu" id={menuId} aria-label={moreLabel} className={classes.menu}>
                {inMenu.map((t, i) => (
                  <button
                    key={t.key}
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    className={classes.menuItem}
                    ref={(el) => {
                      itemRefs.current[i] = el;
                    }}
                    onKeyDown={(e) => onMenuKeyDown(e, i)}
                    onClick={() => {
                      setMenuOpen(false);
                      choose(t);
                    }}
                  >
                    {t.title}
                  </button>
                ))}
              </div>
            )}
          </div>
        )}
      </div>
      <div role="tabpanel" id={`${idPrefix}-panel-${selected.key}`} aria-labelledby={`${idPrefix}-tab-${selected.key}`} tabIndex={0}>
        {selected.render()}
      </div>
    </div>
  );
}

export interface LightTextProps extends React.HTMLAttributes<HTMLElement> {
  /** The element (as Fluent's Text): 'span' unless told. */
  as?: 'span' | 'p' | 'h2' | 'h3' | 'h4' | 'div' | 'strong';
  /** A theme font size, as Fluent's Text variants. */
  variant?: keyof IFontStyles;
  block?: boolean;
}

/**
 * A LightText's class: the theme's font, then the caller's class merged in last (as LightLink), so
 * its rules win over the font's whatever the insertion order. Made once per theme, size, display
 * and caller class (themeClasses.ts), not once per text on the page.
 */
const textClasses = perTheme<string>();

/** Text in a theme font size: what Fluent's Text renders, without its component factory (foundation-legacy). */
export function LightText(props: LightTextProps): JSX.Element {
  const { as, variant, block, className, ...rest } = props;
  const theme = useTheme();
  const font = variant || 'medium';
  const root = textClasses(theme, `${font}|${block ? 'block' : 'inline'}|${className || ''}`, () =>
    mergeStyles(theme.fonts[font], { display: block ? 'block' : 'inline', color: 'inherit' }, className)
  );
  return React.createElement(as || 'span', { ...rest, className: root });
}
