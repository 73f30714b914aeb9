/**
 * The plan form as a SharePoint list form: the web part's eight sections with the same inputs
 * (SectionFields), the same per-section checks and the same summary when submitting fails, but
 * saved the way a list form is: explicitly. Save stores the draft (a new item, or the item with
 * the ETag read: 412 is a conflict, nothing is overwritten) and ends with `onSaved`; Submit saves
 * and submits for review; Cancel ends with `onCancel`. What could not be saved is kept in the
 * browser's local copy (the same one the web part's form offers to restore).
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { Plan } from '../../domain/plans/plan';
import { CommentTarget, SectionComment } from '../../domain/plans/review';
import { errorsOf, validatePlan } from '../../domain/plans/validation';
import { toProblem } from '../../data/errors';
import { PlanDetail, WorkflowRefusedError } from '../../data/plans';
import { format } from '../../ui/format';
import { useHub } from '../../ui/HubContext';
import { problemText as commonProblemText } from '../../ui/ProblemMessage';
import { LocalDraft, draftKey, readDraft, removeDraft, writeDraft } from '../../webparts/planSubmissions/components/draftStore';
import { reasonText, useText } from '../../webparts/planSubmissions/components/text';
import { MissingSummary, PlanSteps, RestoreOffer, newerLocal, usePlanSteps } from '../../webparts/planSubmissions/components/PlanSteps';
import { LightMessage } from '../../ui/LightMessage';
import { space } from '../../ui/layout';

const classes = mergeStyleSets({
  /** The comment and the form's buttons, set apart from the form above. */
  finish: { marginTop: space.xxl },
  /** Save, Submit and Cancel side by side, wrapping when narrow. */
  buttons: { display: 'flex', gap: space.s, marginTop: space.m, flexWrap: 'wrap' }
});

export interface PlanListFormProps {
  title: string;
  siteUrl: string;
  loginName: string;
  /** The plan as the server has it; id undefined on the New form (the item is created on Save). */
  initial: { id?: number; etag: string; plan: Plan; modified?: string };
  /** The loaded plan, on the Edit form. */
  detail?: PlanDetail;
  comments?: Record<CommentTarget, SectionComment[]>;
  onCancel: () => void;
  onSaved: () => void;
  /** Reads the plan again (after a conflict); Edit form only. */
  onReload?: () => void;
}

interface Target {
  id: number | undefined;
  etag: string;
}

export function PlanListForm(props: PlanListFormProps): JSX.Element {
  const { title, siteUrl, loginName, initial, onCancel, onSaved, onReload } = props;
  const strings = useText();
  const { services, common, locale } = useHub<'plans'>();
  const repository = services.plans.repository;
  const [plan, setPlan] = React.useState<Plan>(initial.plan);
  const steps = usePlanSteps();
  const [comment, setComment] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<{ text: string; conflict: boolean } | undefined>();
  const target = React.useRef<Target>({ id: initial.id, etag: initial.etag });
  const alive = React.useRef(true);
  const keyFor = (id: number | undefined): string => draftKey(siteUrl, loginName, id === undefined ? 'new' : id);
  const [offer, setOffer] = React.useState<LocalDraft | undefined>(() =>
    newerLocal(readDraft(keyFor(initial.id)), initial.plan, initial.modified)
  );
  React.useEffect(
    () => () => {
      alive.current = false;
    },
    []
  );

  const errors = React.useMemo(() => errorsOf(validatePlan(plan)), [plan]);

  /** Stores the draft: creates the item on the New form, else saves with the ETag last read. */
  const store = async (): Promise<{ id: number; etag: string }> => {
    const { id, etag } = target.current;
    const saved = id === undefined ? await repository.create(plan) : { id, etag: (await repository.saveDraft(id, plan, etag)).etag };
    if (id === undefined) removeDraft(keyFor(undefined));
    target.current = saved;
    return saved;
  };

  const fail = async (error: unknown): Promise<void> => {
    if (error instanceof WorkflowRefusedError) {
      if (alive.current) setFailure({ text: reasonText(strings, error.reason), conflict: false });
      return;
    }
    const problem = await toProblem(error);
    const { id, etag } = target.current;
    // Nothing typed is lost: the web part's form offers this copy too.
    writeDraft(keyFor(id), { plan, savedAt: new Date().toISOString(), baseEtag: etag });
    if (!alive.current) return;
    setFailure(
      problem.kind === 'conflict'
        ? { text: strings.Save_conflict, conflict: true }
        : { text: format(strings.Save_failed, commonProblemText(problem.kind, common)), conflict: false }
    );
  };

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
      removeDraft(keyFor(target.current.id));
      onSaved();
    } catch (error) {
      await fail(error);
    } finally {
      if (alive.current) setBusy(false);
    }
  };

  const save = (): Promise<void> =>
    run(async () => {
      await store();
    });

  const submit = (): Promise<void> => {
    if (errors.length > 0) {
      steps.showSummary();
      return Promise.resolve();
    }
    return run(async () => {
      const saved = await store();
      const fresh = props.detail && props.detail.id === saved.id ? { ...props.detail, etag: saved.etag } : await repository.load(saved.id);
      await repository.submit(fresh, plan, saved.etag, comment);
    });
  };

  return (
    <article aria-labelledby="ddh-plan-form-title">
      <h2 id="ddh-plan-form-title">{title}</h2>
      {offer && (
        <RestoreOffer
          locale={locale}
          offer={offer}
          onUse={() => {
            setPlan(offer.plan);
            setOffer(undefined);
          }}
          onDiscard={() => {
            removeDraft(keyFor(initial.id));
            setOffer(undefined);
          }}
        />
      )}
      <LightMessage kind="warning">{strings.PrivacyWarning}</LightMessage>
      {failure && (
        <LightMessage
          kind="error"
          actions={failure.conflict && onReload ? <DefaultButton text={strings.ReloadServer} onClick={onReload} /> : undefined}
        >
          {failure.text}
        </LightMessage>
      )}
      <MissingSummary steps={steps} errors={errors} idPrefix="ddh-plan-form" />
      <PlanSteps locale={locale} plan={plan} onChange={setPlan} steps={steps} comments={props.comments} idPrefix="ddh-plan-form" />
      <div className={classes.finish}>
        <TextField label={strings.CommentLabel} multiline autoAdjustHeight value={comment} onChange={(_, v) => setComment(v || '')} />
        <div className={classes.buttons}>
          <PrimaryButton text={strings.SaveNow} disabled={busy} onClick={save} />
          <DefaultButton text={strings.Action_submit} disabled={busy} onClick={submit} />
          <DefaultButton text={strings.Cancel} disabled={busy} onClick={onCancel} />
        </div>
      </div>
    </article>
  );
}
