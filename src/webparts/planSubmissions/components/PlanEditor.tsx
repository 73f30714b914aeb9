/**
 * The stepped plan form: a list of the sections (jump to any), one section at a time with its
 * own problems, a summary of everything missing when submitting fails (focused, with links to
 * the inputs), the privacy warning, and saving while typing with its status announced.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { LightButton, LightTextField } from '../../../ui/light';
import { PLAN_PARTS, Plan, SectionId } from '../../../domain/plans/plan';
import { CommentTarget, SectionComment } from '../../../domain/plans/review';
import { errorsOf, validatePlan } from '../../../domain/plans/validation';
import { useHub } from '../../../ui/HubContext';
import { problemText as commonProblemText } from '../../../ui/ProblemMessage';
import { format, plural } from '../../../ui/format';
import { LocalDraft, draftKey, readDraft, removeDraft } from './draftStore';
import { sectionLabel, useText } from './text';
import { MissingSummary, PlanSteps, RestoreOffer, newerLocal, usePlanSteps } from './PlanSteps';
import { SaveTarget, useAutosave } from './useAutosave';
import { LightMessage } from '../../../ui/LightMessage';
import { Attachments, readBytes } from '../../../ui/Attachments';
import { attachmentText } from '../../../ui/attachmentText';
import type { Attachment } from '../../../data/attachments';
import { block, space, useLayout } from '../../../ui/layout';

const classes = mergeStyleSets({
  /** The banner of a plan that came back: framed in the text's colour, a thicker line on the left. */
  changes: {
    border: '2px solid currentColor',
    borderLeftWidth: 6,
    borderRadius: 4,
    padding: `${space.s}px ${space.m}px`,
    margin: block(space.s)
  },
  changesTitle: { margin: block(0, space.xs) },
  /** "Save now" or "Reload", after the save status. */
  statusButton: { marginLeft: space.s },
  /** The submit comment and button, set apart from the form above. */
  submit: { marginTop: space.xxl },
  submitButton: { marginTop: space.s }
});

export interface PlanEditorProps {
  siteUrl: string;
  loginName: string;
  /** The plan as the server has it; id undefined for a new plan (created on the first save). */
  initial: { id?: number; etag: string; plan: Plan; modified?: string; attachments?: readonly Attachment[] };
  /** Submits the saved plan; rejects with the reason when refused. */
  onSubmit: (plan: Plan, target: SaveTarget, comment: string) => Promise<void>;
  /** Reloads the plan from the server (after a conflict). */
  onReload: () => void;
  /** Error text for a failed submit, from the parent. */
  submitError?: string;
  autosaveDelayMs?: number;
  /** Review comments by section, shown with the section they concern. */
  comments?: Record<CommentTarget, SectionComment[]>;
  /** Changes requested: the sections the reviewers commented on, in form order. The form opens at the first. */
  revise?: readonly SectionId[];
  /** `initial.plan` was kept in this browser and never saved (a new plan): save it now. */
  unsaved?: boolean;
}

/** The banner an author whose plan came back sees first: what to change, a link to each section. */
function ChangesBanner(props: {
  locale: string;
  revise: readonly SectionId[];
  comments?: Record<CommentTarget, SectionComment[]>;
  onGo: (index: number) => void;
}): JSX.Element {
  const { locale, revise, comments, onGo } = props;
  const strings = useText();
  const layout = useLayout();
  return (
    <section aria-labelledby="ddh-plan-changes-title" className={classes.changes}>
      <h3 id="ddh-plan-changes-title" className={classes.changesTitle}>
        {plural(strings, 'ChangesBanner', locale, revise.length)}
      </h3>
      <ul className={layout.list}>
        {revise.map((s) => (
          <li key={s}>
            <a
              href={`#ddh-plan-section-title`}
              onClick={(e) => {
                e.preventDefault();
                onGo(PLAN_PARTS.indexOf(s));
              }}
            >
              {sectionLabel(strings, s)}
            </a>
            {comments && comments[s] && comments[s].length > 0 && ` (${plural(strings, 'CommentBadge', locale, comments[s].length)})`}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PlanEditor(props: PlanEditorProps): JSX.Element {
  const { siteUrl, loginName, initial, onSubmit, onReload, submitError } = props;
  const strings = useText();
  const layout = useLayout();
  const { services, common, locale } = useHub<'plans'>();
  const repository = services.plans.repository;
  const [plan, setPlan] = React.useState<Plan>(initial.plan);
  const revise = props.revise || [];
  const steps = usePlanSteps(revise.length > 0 ? PLAN_PARTS.indexOf(revise[0]) : 0);
  const [comment, setComment] = React.useState('');
  const [submitting, setSubmitting] = React.useState(false);
  const localKey = draftKey(siteUrl, loginName, initial.id === undefined ? 'new' : initial.id);
  const [offer, setOffer] = React.useState<LocalDraft | undefined>(() => newerLocal(readDraft(localKey), initial.plan, initial.modified));

  const autosave = useAutosave({
    siteUrl,
    loginName,
    delayMs: props.autosaveDelayMs,
    initial: { id: initial.id, etag: initial.etag },
    save: async (p, target) => {
      if (target.id === undefined) return repository.create(p);
      const saved = await repository.saveDraft(target.id, p, target.etag);
      return { id: target.id, etag: saved.etag };
    }
  });

  // A kept copy goes to SharePoint as soon as the form is open (as if just typed).
  const unsaved = props.unsaved;
  const changed = autosave.changed;
  React.useEffect(() => {
    if (unsaved) changed(initial.plan);
  }, [unsaved, changed, initial.plan]);

  // The plan as typed, for the attachments' callbacks (a new plan is created from it).
  const planRef = React.useRef(plan);
  const change = (next: Plan): void => {
    setPlan(next);
    planRef.current = next;
    autosave.changed(next);
  };

  // Attachments change the saved plan (a new version of its item): each runs between saves, and a
  // new plan is saved as a draft first so the file has a plan to belong to.
  const [files, setFiles] = React.useState<readonly Attachment[]>(initial.attachments || []);
  const filesRef = React.useRef(files);
  filesRef.current = files;
  const withSaved = autosave.withSaved;
  const addFile = React.useCallback(
    async (file: File): Promise<void> => {
      const attachment = await withSaved(planRef.current, async (target) => {
        const added = await (
          await services.plans.attachments()
        ).add(
          target.id,
          { name: file.name, size: file.size, arrayBuffer: () => readBytes(file) },
          { existing: filesRef.current.map((f) => f.name) }
        );
        return { etag: added.etag, value: added.attachment };
      });
      setFiles((all) =>
        all
          .filter((f) => f.name.toLowerCase() !== attachment.name.toLowerCase())
          .concat([attachment])
          .sort((a, b) => a.name.localeCompare(b.name))
      );
    },
    [withSaved, services]
  );
  const removeFile = React.useCallback(
    async (name: string): Promise<void> => {
      await withSaved(planRef.current, async (target) => ({
        etag: (await (await services.plans.attachments()).remove(target.id, name)).etag,
        value: undefined
      }));
      setFiles((all) => all.filter((f) => f.name !== name));
    },
    [withSaved, services]
  );

  const errors = React.useMemo(() => errorsOf(validatePlan(plan)), [plan]);

  const submit = async (): Promise<void> => {
    if (errors.length > 0) {
      steps.showSummary();
      return;
    }
    setSubmitting(true);
    try {
      const target = await autosave.flush();
      await onSubmit(plan, target, comment);
    } catch {
      // The parent or the save status explains what went wrong; the text stays in the form.
    } finally {
      setSubmitting(false);
    }
  };

  const statusText = ((): string => {
    switch (autosave.status) {
      case 'pending':
        return strings.Save_pending;
      case 'saving':
        return strings.Save_saving;
      case 'saved':
        return strings.Save_saved;
      case 'failed':
        return format(strings.Save_failed, autosave.problem ? commonProblemText(autosave.problem.kind, common) : common.ErrorUnknown);
      case 'conflict':
        return strings.Save_conflict;
      default:
        return strings.Save_idle;
    }
  })();

  return (
    <div>
      {offer && (
        <RestoreOffer
          locale={locale}
          offer={offer}
          onUse={() => {
            change(offer.plan);
            setOffer(undefined);
          }}
          onDiscard={() => {
            removeDraft(localKey);
            setOffer(undefined);
          }}
        />
      )}
      {revise.length > 0 && <ChangesBanner locale={locale} revise={revise} comments={props.comments} onGo={(i) => steps.goTo(i)} />}
      <LightMessage kind="warning">{strings.PrivacyWarning}</LightMessage>
      <div id="ddh-plan-save-status" role="status" aria-live="polite" className={layout.paragraph}>
        <span>{statusText}</span>
        {autosave.status === 'failed' && (
          <LightButton
            text={strings.SaveNow}
            onClick={() => {
              autosave.flush().catch(() => undefined);
            }}
            className={classes.statusButton}
          />
        )}
        {autosave.status === 'conflict' && <LightButton text={strings.ReloadServer} onClick={onReload} className={classes.statusButton} />}
      </div>
      <MissingSummary steps={steps} errors={errors} idPrefix="ddh-plan" />
      {submitError && <LightMessage kind="error">{submitError}</LightMessage>}
      <PlanSteps locale={locale} plan={plan} onChange={change} steps={steps} comments={props.comments} idPrefix="ddh-plan" />
      <Attachments
        kind="plan"
        idPrefix="ddh-plan"
        attachments={files}
        onAdd={addFile}
        onRemove={removeFile}
        note={autosave.target.id === undefined ? attachmentText(locale).SaveFirst : undefined}
      />
      <div className={classes.submit}>
        <LightTextField label={strings.CommentLabel} multiline value={comment} onChange={setComment} />
        <LightButton primary text={strings.Action_submit} disabled={submitting} onClick={submit} className={classes.submitButton} />
      </div>
    </div>
  );
}
