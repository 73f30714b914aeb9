/** A new plan: the same form; the plan is created on the first save and opened once submitted. */
import * as React from 'react';
import { LightButton } from '../../../ui/light';
import { Plan } from '../../../domain/plans/plan';
import { Viewer, WorkflowRefusedError } from '../../../data/plans';
import { toProblem } from '../../../data/errors';
import { useHub } from '../../../ui/HubContext';
import { useLastMission } from '../../../ui/missions';
import { problemText as commonProblemText } from '../../../ui/ProblemMessage';
import { PlanEditor } from './PlanEditor';
import { reasonText, useNavigate, useText } from './text';
import { SaveTarget } from './useAutosave';

export function NewPlanPage(props: {
  viewer: Viewer;
  initial: Plan;
  /** `initial` is a copy this browser kept of a new plan never saved: it is saved to SharePoint now. */
  unsaved?: boolean;
}): JSX.Element {
  const { viewer, initial } = props;
  const strings = useText();
  const navigate = useNavigate();
  const toList = (): void => navigate({ view: 'list' });
  const { services, common } = useHub<'plans'>();
  const [submitError, setSubmitError] = React.useState<string | undefined>();
  // A new plan starts with the embassy this person last chose; a kept copy keeps its own.
  const lastMission = useLastMission(viewer.me.loginName);
  const [start] = React.useState<Plan>(() =>
    props.unsaved || initial.identity.embassy || !lastMission.last
      ? initial
      : { ...initial, identity: { ...initial.identity, embassy: lastMission.last } }
  );
  const submit = async (plan: Plan, target: SaveTarget, comment: string): Promise<void> => {
    setSubmitError(undefined);
    try {
      if (target.id === undefined) throw new Error('not saved');
      const detail = await services.plans.repository.load(target.id);
      await services.plans.repository.submit(detail, plan, target.etag, comment);
      lastMission.remember(plan.identity.embassy);
      navigate({ view: 'plan', planId: target.id });
    } catch (e) {
      setSubmitError(
        e instanceof WorkflowRefusedError ? reasonText(strings, e.reason) : commonProblemText((await toProblem(e)).kind, common)
      );
      throw e;
    }
  };
  return (
    <article aria-labelledby="ddh-new-plan">
      <LightButton text={strings.Back} onClick={toList} />
      <h2 id="ddh-new-plan">{strings.NewPlan}</h2>
      <PlanEditor
        siteUrl={viewer.siteUrl}
        loginName={viewer.me.loginName}
        initial={{ etag: '*', plan: start }}
        unsaved={props.unsaved}
        onSubmit={submit}
        onReload={toList}
        submitError={submitError}
      />
    </article>
  );
}
