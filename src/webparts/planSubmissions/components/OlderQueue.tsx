/**
 * Plans from before the queue's window that still wait for the reviewers, looked for when a
 * reviewer asks (src/data/plans/olderQueue.ts), a page at a time further back: the first view's
 * queue covers its window only, and a plan that waited long must stay findable. In the later
 * lists' lazy chunk (LaterLists.ts).
 */
import * as React from 'react';
import type { PlanListing } from '../../../data/plans';
import { olderInReview } from '../../../data/plans/olderQueue';
import { useHub } from '../../../ui/HubContext';
import { useLayout } from '../../../ui/layout';
import { LightButton } from '../../../ui/light';
import { dateFormat, plural } from '../../../ui/format';
import { useText } from './text';
import { PlanTable } from './Overview';

export function OlderQueue(props: { locale: string }): JSX.Element {
  const { locale } = props;
  const strings = useText();
  const layout = useLayout();
  const { services, common } = useHub<'plans'>();
  const [found, setFound] = React.useState<{ plans: PlanListing[]; next?: string; searchedTo?: string }>({ plans: [] });
  const [busy, setBusy] = React.useState(true);
  const [error, setError] = React.useState(false);
  const live = React.useRef(true);
  React.useEffect(
    () => () => {
      live.current = false;
    },
    []
  );

  const search = (before: string | undefined, base: PlanListing[]): void => {
    setBusy(true);
    setError(false);
    services.plans.repository
      .read((sp) => olderInReview(sp, before))
      .then(
        (page) => {
          if (!live.current) return;
          const seen = new Set(base.map((p) => p.id));
          setFound({ plans: [...base, ...page.plans.filter((p) => !seen.has(p.id))], next: page.next, searchedTo: page.searchedTo });
          setBusy(false);
        },
        () => {
          if (!live.current) return;
          setError(true);
          setBusy(false);
        }
      );
  };
  React.useEffect(() => {
    search(undefined, []);
  }, []);

  const day = (iso?: string): string =>
    iso ? dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(iso)) : '';
  const n = found.plans.length;
  const status = busy
    ? strings.OlderSearching
    : error
      ? common.LoadFailed
      : found.next
        ? plural(strings, 'OlderFoundMore', locale, n, n, day(found.searchedTo))
        : plural(strings, 'OlderFound', locale, n);
  return (
    <section aria-label={strings.OlderTitle}>
      <h3>{strings.OlderTitle}</h3>
      {n > 0 && <PlanTable locale={locale} plans={found.plans} waiting caption={strings.OlderTitle} />}
      <p role="status" aria-live="polite" className={layout.paragraph}>
        {status}
      </p>
      {!busy && error && <LightButton text={common.Retry} onClick={() => search(found.next, found.plans)} />}
      {!busy && !error && found.next && <LightButton text={strings.SearchFurther} onClick={() => search(found.next, found.plans)} />}
    </section>
  );
}
