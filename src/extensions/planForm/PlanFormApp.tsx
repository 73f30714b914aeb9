/**
 * The DDH Plans list's own New, Edit and Display forms: the plan web part's form and rules inside
 * SharePoint's list form. The same guards as the web part: only an embassy author starts a plan;
 * only the plan's author edits it, and only while it is a draft or changes are requested (anyone
 * else gets it read-only); the Display form is always read-only. Saving ends with `onSaved`
 * (`formSaved()`), Cancel / Close with `onClose` (`formClosed()`). The server enforces the same
 * (item-level write security): hiding a button is never the only guard.
 */
import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { emptyPlan } from '../../domain/plans/plan';
import { changedParts, commentsBySection } from '../../domain/plans/review';
import type { PlanAppServices } from '../../data/planAppServices';
import type { PlanDetail } from '../../data/plans';
import { HubApp } from '../../ui/HubApp';
import { HubAppHost } from '../../ui/host';
import { useHub } from '../../ui/HubContext';
import { Loading } from '../../ui/Loading';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { SetupGate } from '../../ui/SetupGate';
import { useLoad } from '../../ui/useLoad';
import { History } from '../../webparts/planSubmissions/components/History';
import { PlanDocument } from '../../webparts/planSubmissions/components/PlanDocument';
import { PlanHeading, planReading } from '../../webparts/planSubmissions/components/PlanHeading';
import { TextProvider, reasonText, useText } from '../../webparts/planSubmissions/components/text';
import { PlanListForm } from './PlanListForm';
import { LightMessage } from '../../ui/LightMessage';
import { space } from '../../ui/layout';

/** Close, a step below what it closes. */
const CLOSE_STYLES = { root: { marginTop: space.m } };

/** Which of the list's forms SharePoint opened. */
export type PlanFormMode = 'new' | 'edit' | 'display';

export interface PlanFormAppProps extends HubAppHost<PlanAppServices> {
  strings: IPlanSubmissionsWebPartStrings;
  mode: PlanFormMode;
  /** The list item; ignored on the New form (an Edit or Display form without one finds no plan). */
  itemId: number | undefined;
  /** Cancel or Close: the form customizer's `formClosed()`. */
  onClose: () => void;
  /** The plan was saved: the form customizer's `formSaved()`. */
  onSaved: () => void;
}

export function PlanFormApp(props: PlanFormAppProps): JSX.Element {
  const { strings, mode, itemId } = props;
  return (
    <HubApp {...props} label={strings.Title}>
      <TextProvider value={strings}>
        <SetupGate>
          {mode === 'new' ? (
            <NewForm onClose={props.onClose} onSaved={props.onSaved} />
          ) : (
            <ItemForm id={itemId ?? 0} readOnly={mode === 'display'} onClose={props.onClose} onSaved={props.onSaved} />
          )}
        </SetupGate>
      </TextProvider>
    </HubApp>
  );
}

function NewForm(props: { onClose: () => void; onSaved: () => void }): JSX.Element {
  const { onClose, onSaved } = props;
  const strings = useText();
  const { services } = useHub<'plans'>();
  const [viewer, retry] = useLoad(() => services.plans.repository.viewer(), [services]);
  if (viewer.status === 'loading') return <Loading />;
  if (viewer.status === 'failed') return <ProblemMessage problem={viewer.problem} onRetry={retry} />;
  if (!viewer.value.isAuthor) {
    // Only embassy authors start plans (the list refuses anyone else's item too).
    return (
      <article aria-labelledby="ddh-plan-form-title">
        <h2 id="ddh-plan-form-title">{strings.NewPlan}</h2>
        <LightMessage kind="warning">{reasonText(strings, 'notAllowedForRole')}</LightMessage>
        <DefaultButton text={strings.Close} onClick={onClose} styles={CLOSE_STYLES} />
      </article>
    );
  }
  return (
    <PlanListForm
      title={strings.NewPlan}
      siteUrl={viewer.value.siteUrl}
      loginName={viewer.value.me.loginName}
      initial={{ plan: emptyPlan(), etag: '*' }}
      onCancel={onClose}
      onSaved={onSaved}
    />
  );
}

function ItemForm(props: { id: number; readOnly: boolean; onClose: () => void; onSaved: () => void }): JSX.Element {
  const { id, readOnly, onClose, onSaved } = props;
  const strings = useText();
  const { services } = useHub<'plans'>();
  const [generation, setGeneration] = React.useState(0);
  const [loaded, retry] = useLoad(() => services.plans.repository.load(id), [services, id, generation]);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') {
    return loaded.problem.kind === 'notFound' ? (
      <article aria-label={strings.Title}>
        <LightMessage kind="warning">{strings.NotFound}</LightMessage>
        <DefaultButton text={strings.Close} onClick={onClose} styles={CLOSE_STYLES} />
      </article>
    ) : (
      <ProblemMessage problem={loaded.problem} onRetry={retry} />
    );
  }
  const detail = loaded.value;
  const editable = !readOnly && detail.actions.indexOf('edit') >= 0;
  if (!editable) return <ReadOnlyPlan detail={detail} explain={!readOnly} onClose={onClose} />;
  return (
    <PlanListForm
      key={`${detail.id}:${detail.etag}`}
      title={detail.plan.identity.title || strings.Title}
      siteUrl={detail.siteUrl}
      loginName={detail.me.loginName}
      initial={{ id: detail.id, etag: detail.etag, plan: detail.plan, modified: detail.modified }}
      detail={detail}
      comments={commentsBySection(detail.derived.history)}
      onCancel={onClose}
      onSaved={onSaved}
      onReload={() => setGeneration((g) => g + 1)}
    />
  );
}

/** The Display form, and the Edit form for someone who may not edit: the plan, its state and history. */
function ReadOnlyPlan(props: { detail: PlanDetail; explain: boolean; onClose: () => void }): JSX.Element {
  const { detail, explain, onClose } = props;
  const strings = useText();
  const { locale } = useHub();
  const derived = detail.derived;
  const { shown, changes } = planReading(detail);
  return (
    <article aria-labelledby="ddh-plan-form-title">
      <PlanHeading detail={detail} shown={shown} titleId="ddh-plan-form-title" />
      {explain && <LightMessage kind="info">{strings.ReadOnlyNotice}</LightMessage>}
      <PlanDocument locale={locale} plan={shown} comments={commentsBySection(derived.history)} changed={changedParts(changes)} />
      <History locale={locale} history={derived.history} />
      <DefaultButton text={strings.Close} onClick={onClose} />
    </article>
  );
}
