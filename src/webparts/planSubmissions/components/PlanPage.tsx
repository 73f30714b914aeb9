/** One plan: its state and history, the form while its author may edit, the steps each role may take, the diff, and print. */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Plan } from '../../../domain/plans/plan';
import { changedParts, commentsBySection, sectionsToRevise } from '../../../domain/plans/review';
import { PlanDetail, WorkflowRefusedError } from '../../../data/plans';
import { toProblem } from '../../../data/errors';
import { Loading } from '../../../ui/Loading';
import { ProblemMessage, problemText as commonProblemText } from '../../../ui/ProblemMessage';
import { useHub } from '../../../ui/HubContext';
import { useLoad } from '../../../ui/useLoad';
import { format } from '../../../ui/format';
import { History, RoundDiff } from './History';
import { PlanDocument } from './PlanDocument';
import { PlanHeading, planReading } from './PlanHeading';
import { PlanNotice } from './PlanNotice';
import { dateTime, label, reasonText, useNavigate, useText } from './text';
import { SaveTarget } from './useAutosave';
import { LightMessage } from '../../../ui/LightMessage';
import { Attachments } from '../../../ui/Attachments';
import { block, space, useLayout } from '../../../ui/layout';

const classes = mergeStyleSets({
  /** The start-up instructions the team sent, quoted with a line on the left in the text's colour. */
  instructions: { whiteSpace: 'pre-wrap', margin: block(0, space.m), paddingLeft: space.m, borderLeft: '4px solid currentColor' }
});

// Reading a plan needs none of these: the form, the decision steps and the print view load when shown.
const PlanEditor = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-plan-editor' */ './PlanEditor').then((m) => ({ default: m.PlanEditor }))
);
const WorkflowPanel = React.lazy(() =>
  import(/* webpackChunkName: 'ddh-plan-workflow' */ './WorkflowPanel').then((m) => ({ default: m.WorkflowPanel }))
);
const PrintView = React.lazy(() => import(/* webpackChunkName: 'ddh-plan-print' */ './PrintView').then((m) => ({ default: m.PrintView })));

export function PlanPage(props: { id: number }): JSX.Element {
  const { id } = props;
  const strings = useText();
  const layout = useLayout();
  const { services, locale } = useHub<'plans'>();
  const [loaded, reloadPlan] = useLoad(() => services.plans.repository.load(id), [services, id]);
  // The plan as the server answered a refused decision: shown in place of the loaded one, without
  // a reload, so the reviewer's typed comment stays. Any reload starts from the server again.
  const [fresh, setFresh] = React.useState<PlanDetail | undefined>();
  const reload = (): void => {
    setFresh(undefined);
    reloadPlan();
  };
  const [printing, setPrinting] = React.useState(false);
  // "Done: …" lives here, above the reload that follows a step: the plan's body is replaced while
  // it reloads, this live region is not, so the announcement is kept (and read) after the reload.
  const [announcement, setAnnouncement] = React.useState('');
  const done = (message: string): void => {
    setAnnouncement(message);
    reload();
  };
  const status = (
    <div role="status" aria-live="polite" className={announcement ? layout.paragraph : undefined}>
      {announcement}
    </div>
  );
  if (loaded.status === 'loading')
    return (
      <>
        {status}
        <Loading />
      </>
    );
  if (loaded.status === 'failed') {
    return loaded.problem.kind === 'notFound' ? (
      <LightMessage kind="warning">{strings.NotFound}</LightMessage>
    ) : (
      <ProblemMessage problem={loaded.problem} onRetry={reload} />
    );
  }
  const detail = fresh && fresh.id === id ? fresh : loaded.value;
  if (printing) {
    return (
      <React.Suspense fallback={<Loading label={strings.LoadingView} />}>
        <PrintView detail={detail} onClose={() => setPrinting(false)} />
      </React.Suspense>
    );
  }
  return (
    <>
      {status}
      <PlanBody detail={detail} locale={locale} reload={reload} onDone={done} onStale={setFresh} onPrint={() => setPrinting(true)} />
    </>
  );
}

function PlanBody(props: {
  detail: PlanDetail;
  locale: string;
  reload: () => void;
  onDone: (message: string) => void;
  onStale: (fresh: PlanDetail) => void;
  onPrint: () => void;
}): JSX.Element {
  const { detail, locale, reload, onDone, onStale, onPrint } = props;
  const strings = useText();
  const navigate = useNavigate();
  const { services, common } = useHub<'plans'>();
  const [submitError, setSubmitError] = React.useState<string | undefined>();
  const derived = detail.derived;
  const editable = detail.actions.indexOf('edit') >= 0;
  // The workflow panel (and its chunk) only for those who may take a step.
  const steps = detail.actions.some((a) => a !== 'edit' && a !== 'submit');
  const { shown, changes } = planReading(detail);

  const submit = async (plan: Plan, target: SaveTarget, comment: string): Promise<void> => {
    setSubmitError(undefined);
    try {
      const fresh = await services.plans.repository.load(detail.id);
      await services.plans.repository.submit(fresh, plan, target.etag, comment);
      onDone(format(strings.ActionDone, label(strings, 'Action_', 'submit')));
    } catch (e) {
      setSubmitError(
        e instanceof WorkflowRefusedError ? reasonText(strings, e.reason) : commonProblemText((await toProblem(e)).kind, common)
      );
      throw e;
    }
  };

  return (
    <article aria-labelledby="ddh-plan-title">
      <DefaultButton text={strings.Back} onClick={() => navigate({ view: 'list' })} />{' '}
      <DefaultButton text={strings.Print} onClick={onPrint} />
      <PlanHeading detail={detail} shown={shown} titleId="ddh-plan-title" />
      <PlanNotice detail={detail} />
      {(derived.state === 'approved' || derived.state === 'archived') && detail.roles.indexOf('author') >= 0 && (
        <StartupInstructions detail={detail} locale={locale} />
      )}
      {steps && (
        <React.Suspense fallback={<Loading label={strings.LoadingView} />}>
          <WorkflowPanel detail={detail} onDone={onDone} onStale={onStale} />
        </React.Suspense>
      )}
      {editable ? (
        <React.Suspense fallback={<Loading label={strings.LoadingView} />}>
          <PlanEditor
            siteUrl={detail.siteUrl}
            loginName={detail.me.loginName}
            initial={{ id: detail.id, etag: detail.etag, plan: detail.plan, modified: detail.modified, attachments: detail.attachments }}
            onSubmit={submit}
            onReload={reload}
            submitError={submitError}
            comments={commentsBySection(derived.history)}
            revise={derived.state === 'changesRequested' ? sectionsToRevise(derived.history, derived.round) : undefined}
          />
        </React.Suspense>
      ) : (
        <>
          {/* The author is never told "only its author can change it": they are told why their own plan is closed now. */}
          <LightMessage kind="info">
            {detail.roles.indexOf('author') >= 0 ? label(strings, 'OwnReadOnly_', derived.state) : strings.ReadOnlyNotice}
          </LightMessage>
          <PlanDocument locale={locale} plan={shown} comments={commentsBySection(derived.history)} changed={changedParts(changes)} />
          {detail.attachments.length > 0 && <Attachments kind="plan" idPrefix="ddh-plan" attachments={detail.attachments} />}
        </>
      )}
      {detail.rounds.length >= 2 && <RoundDiff from={derived.round - 1} to={derived.round} changes={changes} />}
      <History locale={locale} history={derived.history} />
    </article>
  );
}

/**
 * What the web communications team sent for starting up (the latest "send start-up instructions"
 * decision's text, with who and when), at the top of the author's approved plan; until they
 * have, it says so. The general next steps follow.
 */
function StartupInstructions(props: { detail: PlanDetail; locale: string }): JSX.Element {
  const { detail, locale } = props;
  const strings = useText();
  const sent = detail.derived.history.filter((h) => h.event.kind === 'sendStartupInstructions').pop();
  return (
    <section aria-labelledby="ddh-plan-startup">
      <h3 id="ddh-plan-startup">{strings.StartupTitle}</h3>
      {sent ? (
        <>
          <p>
            {format(strings.StartupFrom, sent.event.by.person.title || sent.event.by.person.loginName, dateTime(locale, sent.event.at))}
          </p>
          <blockquote className={classes.instructions}>{sent.event.comment}</blockquote>
        </>
      ) : (
        <p>{strings.StartupWaiting}</p>
      )}
      <p>{strings.StartupSteps}</p>
    </section>
  );
}
