/**
 * The approved list while a filter is set: the matching plans are searched for on the server, a
 * page at a time, back through every approval (src/data/plans/approvedSearch.ts), not only among
 * the pages already loaded. In the later lists' lazy chunk (LaterLists.ts): most visits never filter.
 */
import * as React from 'react';
import { QueueFilter } from '../../../domain/plans/queue';
import type { PlanListing } from '../../../data/plans';
import { approvedMatching } from '../../../data/plans/approvedSearch';
import { useHub } from '../../../ui/HubContext';
import { useLayout } from '../../../ui/layout';
import { LightButton } from '../../../ui/light';
import { dateFormat, plural } from '../../../ui/format';
import { useText } from './text';
import { PlanTable } from './Overview';

interface Found {
  key: string;
  plans: PlanListing[];
  next?: string;
  searchedTo?: string;
}

export function ApprovedSearch(props: { locale: string; filter: QueueFilter; inReview: readonly PlanListing[] }): JSX.Element {
  const { locale, filter, inReview } = props;
  const strings = useText();
  const layout = useLayout();
  const { services, common } = useHub<'plans'>();
  const repository = services.plans.repository;
  const key = JSON.stringify(filter);
  const current = React.useRef(key);
  const [found, setFound] = React.useState<Found>({ key, plans: [] });
  const [busy, setBusy] = React.useState(true);
  const [error, setError] = React.useState(false);

  const search = (before: string | undefined, base: PlanListing[]): void => {
    const forKey = key;
    setBusy(true);
    setError(false);
    repository
      .read((sp) => approvedMatching(sp, filter, new Map(inReview.map((p) => [p.id, p])), before))
      .then(
        (page) => {
          if (current.current !== forKey) return;
          // A plan met again at a page's edge (approvals of the same instant) is listed once.
          const seen = new Set(base.map((p) => p.id));
          setFound({
            key: forKey,
            plans: [...base, ...page.plans.filter((p) => !seen.has(p.id))],
            next: page.next,
            searchedTo: page.searchedTo
          });
          setBusy(false);
        },
        () => {
          if (current.current !== forKey) return;
          setError(true);
          setBusy(false);
        }
      );
  };

  React.useEffect(() => {
    current.current = key;
    setFound({ key, plans: [] });
    search(undefined, []);
    // The filter's own key decides when to search again.
  }, [key]);

  const plans = found.key === key ? found.plans : [];
  const day = (iso?: string): string =>
    iso ? dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(iso)) : '';
  const status = busy
    ? strings.Searching
    : error
      ? common.LoadFailed
      : found.next
        ? plural(strings, 'SearchFoundMore', locale, plans.length, plans.length, day(found.searchedTo))
        : plural(strings, 'SearchFound', locale, plans.length);
  return (
    <>
      <PlanTable locale={locale} plans={plans} caption={strings.TabApproved} serverPaged />
      <p role="status" aria-live="polite" className={layout.paragraph}>
        {status}
      </p>
      {!busy && error && <LightButton text={common.Retry} onClick={() => search(found.key === key ? found.next : undefined, plans)} />}
      {!busy && !error && found.next && <LightButton text={strings.SearchFurther} onClick={() => search(found.next, plans)} />}
    </>
  );
}
