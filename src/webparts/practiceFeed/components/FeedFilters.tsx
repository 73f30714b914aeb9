import * as React from 'react';
import { IRawStyle, mergeStyles, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { themeClasses } from '../../../ui/themeClasses';
import { FeedQuery, normalizeFeedQuery } from '../../../domain/feed/feed';
import { LightButton, LightOption, LightSelect, LightTextField, useFieldId } from '../../../ui/light';
import { useFeed } from './FeedContext';
import { useText } from './text';
import { VISUALLY_HIDDEN } from '../../../ui/visuallyHidden';
import { space } from '../../../ui/layout';
import { NARROW } from '../../../ui/narrow';

const UNIT_FILTER_OPTIONS_ID = 'ddh-feed-unit-missions';
/** The unit filter's suggestions (the missions): their code and their read come once the panel opens, not with the first view. */
const MissionSuggestions = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-missions-ui' */ '../../../ui/missions').then((m) => ({ default: m.MissionSuggestions }))
);

const rowClass = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end', marginBottom: 8 });
const searchClass = mergeStyles({ flex: '1 1 220px', minWidth: 0 });
const fieldClass = mergeStyles({ minWidth: 160, flex: '1 1 160px' });
const filterClasses = mergeStyleSets({
  form: { marginBottom: space.m },
  // The kind switch and the panel's buttons, centred on one another (the rows of fields align their bottoms).
  switchRow: [rowClass, { alignItems: 'center' }],
  // The switch's options side by side; 1 px in, as each option overlaps the one before by its border.
  // In a narrow web part one under another, the whole width (three options in a row of two and one read as two controls).
  kinds: {
    border: 0,
    margin: 0,
    padding: 0,
    minWidth: 0,
    flex: '0 1 auto',
    display: 'flex',
    flexWrap: 'wrap',
    paddingLeft: 1,
    selectors: { [NARROW]: { flex: '1 1 100%', flexDirection: 'column', paddingLeft: 0, paddingTop: 1 } }
  },
  hidden: VISUALLY_HIDDEN,
  // The panel's fields; closed (hidden), it takes no room: the row's display would win over the attribute's.
  panel: [rowClass, { selectors: { '&[hidden]': { display: 'none' } } }]
});

interface FilterFields {
  kind: string;
  keyword: string;
  blog: string;
  unit: string;
  text: string;
}

function fieldsOf(query: FeedQuery): FilterFields {
  return {
    kind: query.kind || '',
    keyword: query.keyword || '',
    blog: query.blogId ? String(query.blogId) : '',
    unit: query.unit || '',
    text: query.text || ''
  };
}

/** Whether a filter of the panel (keyword, blog, unit) is in use: then the panel is open. */
function panelInUse(query: FeedQuery): boolean {
  return !!(query.keyword || query.blogId || query.unit);
}

/** The switch's options: one chosen, the others not. */
const useSwitchClasses = themeClasses(({ palette, semanticColors }) => {
  const base: IRawStyle = {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flex: '1 1 auto',
    minHeight: 32,
    padding: '0 12px',
    cursor: 'pointer',
    fontSize: 14,
    border: `1px solid ${semanticColors.inputBorder}`,
    marginLeft: -1,
    color: semanticColors.bodyText,
    background: semanticColors.bodyBackground,
    selectors: {
      ':focus-within': { outline: `2px solid ${palette.neutralSecondary}`, outlineOffset: '1px', position: 'relative', zIndex: 1 },
      // One under another: each overlaps the one above by its border instead.
      [NARROW]: { marginLeft: 0, marginTop: -1 }
    }
  };
  return {
    off: [base, { selectors: { ':hover': { background: semanticColors.buttonBackgroundHovered } } }],
    on: [base, { background: palette.themePrimary, borderColor: palette.themePrimary, color: palette.white, fontWeight: 600 }]
  };
});

/** All posts / Blog posts / Good practices, as one row of radio buttons that look like a switch; applied at once. */
function KindSwitch(props: { value: string; onChange(kind: string): void }): JSX.Element {
  const strings = useText();
  const name = useFieldId();
  const classes = useSwitchClasses();
  const options: LightOption[] = [
    { key: '', text: strings.KindAll },
    { key: 'blogPost', text: strings.SwitchBlogPosts },
    { key: 'goodPractice', text: strings.SwitchGoodPractices }
  ];
  return (
    <fieldset className={filterClasses.kinds}>
      <legend className={filterClasses.hidden}>{strings.FilterKind}</legend>
      {options.map((o) => (
        <label key={o.key} className={props.value === o.key ? classes.on : classes.off}>
          <input
            type="radio"
            name={name}
            value={o.key}
            checked={props.value === o.key}
            onChange={() => props.onChange(o.key)}
            className={filterClasses.hidden}
          />
          {o.text}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The feed's filters: one search box and the kind switch up front, the keyword, blog and unit in
 * a panel that opens on demand (and stays open while one of them is in use). Text applies on
 * submit (Enter or Show), the switch at once.
 */
export function FeedFilters(props: { value: FeedQuery; hideBlog?: boolean; onApply(query: FeedQuery): void }): JSX.Element {
  const strings = useText();
  const { blogs } = useFeed();
  const [fields, setFields] = React.useState<FilterFields>(fieldsOf(props.value));
  const [open, setOpen] = React.useState(panelInUse(props.value));
  const panelId = useFieldId();
  React.useEffect(() => {
    setFields(fieldsOf(props.value));
    if (panelInUse(props.value)) setOpen(true);
  }, [props.value]);
  const set = (name: keyof FilterFields) => (value: string) => setFields((f) => ({ ...f, [name]: value }));
  const blogOptions: LightOption[] = [
    { key: '', text: strings.FilterBlogAll },
    ...blogs.map((b) => ({ key: String(b.id), text: b.title }))
  ];
  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    props.onApply(normalizeFeedQuery(fields));
  };
  const clear = (): void => {
    setFields(fieldsOf({}));
    props.onApply({});
  };
  const inPanel = [fields.keyword, props.hideBlog ? '' : fields.blog, fields.unit].filter(Boolean).length;
  return (
    <form role="search" aria-label={strings.FiltersTitle} onSubmit={submit} className={filterClasses.form}>
      <div className={rowClass}>
        <LightTextField className={searchClass} label={strings.FilterText} value={fields.text} onChange={set('text')} type="search" />
        <LightButton primary type="submit" text={strings.ApplyFilters} />
      </div>
      <div className={filterClasses.switchRow}>
        <KindSwitch
          value={fields.kind}
          onChange={(kind) => {
            const next = { ...fields, kind };
            setFields(next);
            props.onApply(normalizeFeedQuery(next));
          }}
        />
        <LightButton
          icon="Filter"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          text={inPanel ? `${strings.MoreFilters} (${inPanel})` : strings.MoreFilters}
        />
        <LightButton text={strings.ClearFilters} onClick={clear} />
      </div>
      <div id={panelId} className={filterClasses.panel} hidden={!open}>
        <LightTextField className={fieldClass} label={strings.FilterKeyword} value={fields.keyword} onChange={set('keyword')} />
        {!props.hideBlog && (
          <LightSelect className={fieldClass} label={strings.FilterBlog} options={blogOptions} value={fields.blog} onChange={set('blog')} />
        )}
        <LightTextField
          className={fieldClass}
          label={strings.FilterUnit}
          value={fields.unit}
          onChange={set('unit')}
          list={UNIT_FILTER_OPTIONS_ID}
          autoComplete="off"
        />
        {open && (
          <React.Suspense fallback={null}>
            <MissionSuggestions id={UNIT_FILTER_OPTIONS_ID} />
          </React.Suspense>
        )}
      </div>
    </form>
  );
}
