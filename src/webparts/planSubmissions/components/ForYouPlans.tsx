/**
 * "For you" above the plans' tabs: the plans waiting for this reviewer's decision (longest waiting
 * first), the author's own plans that wait for them, and which of their plans got a new decision
 * since they last looked (domain/plans/forYou.ts; what this browser saw last is kept per site and
 * person). A chunk of its own, loaded after the first view: the plans' first view has no room.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { PlansForYou, plansForYou, planStatesSeen, SeenPlanStates, isEmptyForYou } from '../../../domain/plans/forYou';
import { waitingSince } from '../../../domain/plans/queue';
import { PlansOverview, PlanListing } from '../../../data/plans';
import { format, plural } from '../../../ui/format';
import { LightButton, TEXT_BUTTON_STYLE } from '../../../ui/light';
import { block, space, useLayout } from '../../../ui/layout';
import { LightMessage } from '../../../ui/LightMessage';
import { readLocalCopy, writeLocalCopy } from '../../../ui/localCopy';
import { stateLabel, useNavigate, useText } from './text';
import { daysSince } from './StatePill';

export function forYouPlansKey(siteUrl: string, loginName: string): string {
  return `ddh:plans-for-you:${siteUrl.toLowerCase()}:${loginName.toLowerCase()}`;
}

const classes = mergeStyleSets({
  forYou: { margin: block(space.s, space.m) },
  title: { margin: block(0, space.xs) },
  /** A plan's title that opens it, in the message's own colour. */
  openButton: TEXT_BUTTON_STYLE
});

export function ForYouPlans(props: { locale: string; overview: PlansOverview; mine: readonly PlanListing[] }): JSX.Element | null {
  const { locale, overview, mine } = props;
  const strings = useText();
  const navigate = useNavigate();
  const layout = useLayout();
  const key = forYouPlansKey(overview.siteUrl, overview.me.loginName);
  const [seen] = React.useState(() => readLocalCopy<SeenPlanStates>(key, (v) => typeof v === 'object' && v !== null));
  const [found, setFound] = React.useState<PlansForYou>(() =>
    plansForYou({ isReviewer: overview.isReviewer, inReview: overview.inReview.plans, mine }, seen)
  );
  // A first look only remembers; later looks keep the old states until the changes are seen.
  React.useEffect(() => {
    if (!seen) writeLocalCopy(key, planStatesSeen(mine));
  }, [seen, key, mine]);
  if (isEmptyForYou(found)) return null;
  const seenAll = (): void => {
    writeLocalCopy(key, planStatesSeen(mine));
    setFound({ ...found, changed: [] });
  };
  const reviewLine = (plans: PlansForYou['toReview']): string => {
    const days = daysSince(waitingSince(plans[0]));
    const oldest =
      days === null
        ? ''
        : ` ${days === 0 ? strings.WaitingToday : format(strings.ForYouOldest, plural(strings, 'DaysWaiting', locale, days))}`;
    return `${plural(strings, 'ForYouReview', locale, plans.length)}${oldest}`;
  };
  const openButton = (id: number, text: string): JSX.Element => (
    // Named "Open …": the same plan's button in the list below keeps its plain title as its name.
    <button
      type="button"
      aria-label={format(strings.ForYouOpen, text)}
      onClick={() => navigate({ view: 'plan', planId: id })}
      className={classes.openButton}
    >
      {text}
    </button>
  );
  return (
    <section aria-labelledby="ddh-plans-for-you" className={classes.forYou}>
      <h3 id="ddh-plans-for-you" className={classes.title}>
        {strings.ForYouTitle}
      </h3>
      <LightMessage
        kind="info"
        actions={found.changed.length > 0 ? <LightButton text={strings.ForYouSeen} onClick={seenAll} /> : undefined}
      >
        <ul className={layout.list}>
          {found.changed.map(({ plan, from }) => (
            <li key={`changed-${plan.id}`}>
              {openButton(plan.id, plan.title || plan.embassy)}{' '}
              {format(strings.ForYouChanged, stateLabel(strings, plan.state), stateLabel(strings, from))}
            </li>
          ))}
          {found.yourTurn
            .filter((p) => !found.changed.some((c) => c.plan.id === p.id))
            .map((p) => (
              <li key={`turn-${p.id}`}>
                {openButton(p.id, p.title || p.embassy)} {p.state === 'approved' ? strings.ForYouFile : strings.ForYouChanges}
              </li>
            ))}
          {found.toReview.length > 0 && (
            // The queue tab lists them: here, how many and how long the oldest has waited.
            <li key="review">{reviewLine(found.toReview)}</li>
          )}
        </ul>
      </LightMessage>
    </section>
  );
}
