import * as React from 'react';
import { emptyPlan } from '../../domain/plans/plan';
import { HubApp } from '../../ui/HubApp';
import { HubAppHost } from '../../ui/host';
import { useHub } from '../../ui/HubContext';
import { Loading } from '../../ui/Loading';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { SetupGate } from '../../ui/SetupGate';
import { useLoad } from '../../ui/useLoad';
import { NewPlanPage } from '../../webparts/planSubmissions/components/NewPlanPage';
import { PlanPage } from '../../webparts/planSubmissions/components/PlanPage';

export interface PlanFormAppProps extends HubAppHost {
  strings: IPlanSubmissionsWebPartStrings;
  /** The list item; undefined on the New form. */
  itemId: number | undefined;
  onClose: () => void;
  onSaved: () => void;
}

/** The plan web part's pages inside the list form: an existing plan, or a new one. */
export function PlanFormApp(props: PlanFormAppProps): JSX.Element {
  return (
    <HubApp {...props} label={props.strings.Title}>
      <SetupGate>
        {props.itemId !== undefined
          ? <PlanPage strings={props.strings} id={props.itemId} onBack={props.onClose} />
          : <NewPlan {...props} />}
      </SetupGate>
    </HubApp>
  );
}

function NewPlan(props: PlanFormAppProps): JSX.Element {
  const { services } = useHub();
  const [viewer, retry] = useLoad(() => services.plans.repository.viewer(), [services]);
  if (viewer.status === 'loading') return <Loading />;
  if (viewer.status === 'failed') return <ProblemMessage problem={viewer.problem} onRetry={retry} />;
  return <NewPlanPage strings={props.strings} viewer={viewer.value} initial={emptyPlan()} onBack={props.onClose} onOpen={props.onSaved} />;
}
