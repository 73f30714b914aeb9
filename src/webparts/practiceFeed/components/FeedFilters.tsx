import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { FeedQuery, normalizeFeedQuery } from '../../../domain/feed/feed';
import { LightButton, LightOption, LightSelect, LightTextField } from '../../../ui/light';
import { useFeed } from './FeedContext';

const formClass = mergeStyles({ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', marginBottom: 12 });
const fieldClass = mergeStyles({ minWidth: 160, flex: '1 1 160px' });

interface FilterFields { kind: string; keyword: string; blog: string; unit: string; text: string }

function fieldsOf(query: FeedQuery): FilterFields {
  return { kind: query.kind || '', keyword: query.keyword || '', blog: query.blogId ? String(query.blogId) : '', unit: query.unit || '', text: query.text || '' };
}

/** The feed's filters as one form: applied on submit (Enter in any field), not on every key. */
export function FeedFilters(props: { value: FeedQuery; hideBlog?: boolean; onApply(query: FeedQuery): void }): JSX.Element {
  const { strings, blogs } = useFeed();
  const [fields, setFields] = React.useState<FilterFields>(fieldsOf(props.value));
  React.useEffect(() => setFields(fieldsOf(props.value)), [props.value]);
  const set = (name: keyof FilterFields) => (value: string) => setFields((f) => ({ ...f, [name]: value }));
  const kinds: LightOption[] = [
    { key: '', text: strings.KindAll }, { key: 'blogPost', text: strings.KindBlogPost }, { key: 'goodPractice', text: strings.KindGoodPractice }
  ];
  const blogOptions: LightOption[] = [{ key: '', text: strings.FilterBlogAll }, ...blogs.map((b) => ({ key: String(b.id), text: b.title }))];
  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    props.onApply(normalizeFeedQuery(fields));
  };
  const clear = (): void => {
    setFields(fieldsOf({}));
    props.onApply({});
  };
  return (
    <form role="search" aria-label={strings.FiltersTitle} className={formClass} onSubmit={submit}>
      <LightSelect className={fieldClass} label={strings.FilterKind} options={kinds} value={fields.kind} onChange={set('kind')} />
      <LightTextField className={fieldClass} label={strings.FilterKeyword} value={fields.keyword} onChange={set('keyword')} />
      {!props.hideBlog && <LightSelect className={fieldClass} label={strings.FilterBlog} options={blogOptions} value={fields.blog} onChange={set('blog')} />}
      <LightTextField className={fieldClass} label={strings.FilterUnit} value={fields.unit} onChange={set('unit')} />
      <LightTextField className={fieldClass} label={strings.FilterText} value={fields.text} onChange={set('text')} type="search" />
      <LightButton primary type="submit" text={strings.ApplyFilters} />
      <LightButton text={strings.ClearFilters} onClick={clear} />
    </form>
  );
}
