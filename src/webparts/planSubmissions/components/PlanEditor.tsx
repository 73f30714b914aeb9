/**
 * The stepped plan form: a list of the sections (jump to any), one section at a time with its
 * own problems, a summary of everything missing when submitting fails (focused, with links to
 * the inputs), the privacy warning, and saving while typing with its status announced.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { PLAN_PARTS, Plan, planFingerprint } from '../../../domain/plans/plan';
import { CommentTarget, SectionComment } from '../../../domain/plans/review';
import { PlanProblem, errorsOf, validatePlan, validateSection } from '../../../domain/plans/validation';
import { useHub } from '../../../ui/HubContext';
import { problemText as commonProblemText } from '../../../ui/ProblemMessage';
import { format } from '../../../ui/format';
import { LocalDraft, draftKey, readDraft, removeDraft } from './draftStore';
import { Strings, dateTime, inputId, label, problemText, sectionLabel } from './labels';
import { SectionFields } from './SectionFields';
import { SaveTarget, useAutosave } from './useAutosave';

export interface PlanEditorProps {
  strings: Strings;
  siteUrl: string;
  loginName: string;
  /** The plan as the server has it; id undefined for a new plan (created on the first save). */
  initial: { id?: number; etag: string; plan: Plan; modified?: string };
  /** Submits the saved plan; rejects with the reason when refused. */
  onSubmit: (plan: Plan, target: SaveTarget, comment: string) => Promise<void>;
  /** Reloads the plan from the server (after a conflict). */
  onReload: () => void;
  /** Error text for a failed submit, from the parent. */
  submitError?: string;
  autosaveDelayMs?: number;
  /** Review comments by section, shown with the section they concern. */
  comments?: Record<CommentTarget, SectionComment[]>;
}

/** The newer of the browser's copy and the server's, when they differ. */
function newerLocal(local: LocalDraft | undefined, plan: Plan, modified?: string): LocalDraft | undefined {
  if (!local || planFingerprint(local.plan) === planFingerprint(plan)) return undefined;
  if (modified && Date.parse(modified) > Date.parse(local.savedAt)) return undefined;
  return local;
}

export function PlanEditor(props: PlanEditorProps): JSX.Element {
  const { strings, siteUrl, loginName, initial, onSubmit, onReload, submitError } = props;
  const { services, common, locale } = useHub();
  const repository = services.plans.repository;
  const [plan, setPlan] = React.useState<Plan>(initial.plan);
  const [step, setStep] = React.useState(0);
  const [showSummary, setShowSummary] = React.useState(false);
  const [comment, setComment] = React.useState('');
  const [submitting, setSubmitting] = React.useState(false);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const localKey = draftKey(siteUrl, loginName, initial.id === undefined ? 'new' : initial.id);
  const [offer, setOffer] = React.useState<LocalDraft | undefined>(() => newerLocal(readDraft(localKey), initial.plan, initial.modified));

  const autosave = useAutosave({
    siteUrl, loginName, delayMs: props.autosaveDelayMs, initial: { id: initial.id, etag: initial.etag },
    save: async (p, target) => {
      if (target.id === undefined) return repository.create(p);
      const saved = await repository.saveDraft(target.id, p, target.etag);
      return { id: target.id, etag: saved.etag };
    }
  });

  const change = (next: Plan): void => {
    setPlan(next);
    autosave.changed(next);
  };

  const part = PLAN_PARTS[step];
  const problems = React.useMemo(() => validatePlan(plan), [plan]);
  const errors = errorsOf(problems);
  const sectionProblems = React.useMemo(() => validateSection(plan, part), [plan, part]);

  const goTo = (index: number, focusId?: string): void => {
    setStep(index);
    setTimeout(() => {
      const target = focusId ? document.getElementById(focusId) : headingRef.current;
      if (target) target.focus();
    }, 0);
  };

  const submit = async (): Promise<void> => {
    if (errors.length > 0) {
      setShowSummary(true);
      setTimeout(() => summaryRef.current?.focus(), 0);
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
      case 'pending': return strings.Save_pending;
      case 'saving': return strings.Save_saving;
      case 'saved': return strings.Save_saved;
      case 'failed': return format(strings.Save_failed, autosave.problem ? commonProblemText(autosave.problem.kind, common) : common.ErrorUnknown);
      case 'conflict': return strings.Save_conflict;
      default: return strings.Save_idle;
    }
  })();

  const link = (p: PlanProblem, i: number): JSX.Element => (
    <li key={i}>
      <a href={`#${inputId(p.section, p.field, p.row, p.column)}`} onClick={(e) => {
        e.preventDefault();
        goTo(PLAN_PARTS.indexOf(p.section), inputId(p.section, p.field, p.row, p.column));
      }}>{sectionLabel(strings, p.section)}: {problemText(strings, p)}</a>
    </li>
  );

  return (
    <div>
      {offer && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline actions={
          <div>
            <PrimaryButton text={strings.Restore_use} onClick={() => { change(offer.plan); setOffer(undefined); }} />
            <DefaultButton text={strings.Restore_discard} onClick={() => { removeDraft(localKey); setOffer(undefined); }} />
          </div>
        }>{format(strings.Restore_local, dateTime(locale, offer.savedAt))}</MessageBar>
      )}
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>{strings.PrivacyWarning}</MessageBar>
      <div id="ddh-plan-save-status" role="status" aria-live="polite" style={{ margin: '8px 0' }}>
        <span>{statusText}</span>
        {(autosave.status === 'failed') && <DefaultButton text={strings.SaveNow} onClick={() => { autosave.flush().catch(() => undefined); }} styles={{ root: { marginLeft: 8 } }} />}
        {(autosave.status === 'conflict') && <DefaultButton text={strings.ReloadServer} onClick={onReload} styles={{ root: { marginLeft: 8 } }} />}
      </div>
      {showSummary && errors.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="ddh-plan-summary-title"
          style={{ border: '2px solid currentColor', padding: 12, margin: '8px 0' }}>
          <h3 id="ddh-plan-summary-title" style={{ marginTop: 0 }}>{strings.SummaryTitle}</h3>
          <ul>{errors.map(link)}</ul>
        </div>
      )}
      {submitError && <MessageBar messageBarType={MessageBarType.error} isMultiline>{submitError}</MessageBar>}
      <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <nav aria-label={strings.SectionList} style={{ minWidth: 220 }}>
          <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {PLAN_PARTS.map((p, i) => {
              const done = errorsOf(validateSection(plan, p)).length === 0;
              return (
                <li key={p}>
                  <button type="button" onClick={() => goTo(i)} aria-current={i === step ? 'step' : undefined}
                    style={{ background: 'none', border: 0, padding: '6px 0', textAlign: 'left', cursor: 'pointer', color: 'inherit', font: 'inherit', fontWeight: i === step ? 700 : 400, textDecoration: i === step ? 'underline' : 'none' }}>
                    {sectionLabel(strings, p)} ({done ? strings.SectionComplete : strings.SectionIncomplete})
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <section aria-labelledby="ddh-plan-section-title" style={{ flex: 1, minWidth: 280 }}>
          <p style={{ margin: 0 }}>{format(strings.SectionStep, step + 1, PLAN_PARTS.length)}</p>
          <h3 id="ddh-plan-section-title" ref={headingRef} tabIndex={-1}>{sectionLabel(strings, part)}</h3>
          {sectionProblems.length > 0 && (
            <div style={{ margin: '8px 0' }}>
              {errorsOf(sectionProblems).length > 0 && <p style={{ margin: 0 }}>{strings.SummarySection}</p>}
              <ul>{sectionProblems.map((p, i) => <li key={i}>{p.severity === 'warning' ? `${strings.SummaryWarnings} ` : ''}{problemText(strings, p)}</li>)}</ul>
            </div>
          )}
          {props.comments && part !== 'identity' && props.comments[part as CommentTarget].length > 0 && (
            <aside aria-labelledby="ddh-plan-section-comments" style={{ borderLeft: '4px solid currentColor', paddingLeft: 8, margin: '8px 0' }}>
              <h4 id="ddh-plan-section-comments" style={{ margin: '4px 0' }}>{strings.SectionComments}</h4>
              <ul>
                {props.comments[part as CommentTarget].map((c, i) => (
                  <li key={i}>{format(strings.HistoryEntry, c.by.person.title || c.by.person.loginName, label(strings, 'Role_', c.by.role), dateTime(locale, c.at))}: {c.text}</li>
                ))}
              </ul>
            </aside>
          )}
          <SectionFields key={part} part={part} plan={plan} problems={sectionProblems} strings={strings} onChange={change} />
          <div style={{ display: 'flex', gap: 8, marginTop: 16, flexWrap: 'wrap' }}>
            <DefaultButton text={strings.Previous} disabled={step === 0} onClick={() => goTo(step - 1)} />
            <DefaultButton text={strings.Next} disabled={step === PLAN_PARTS.length - 1} onClick={() => goTo(step + 1)} />
          </div>
        </section>
      </div>
      <div style={{ marginTop: 24 }}>
        <TextField label={strings.CommentLabel} multiline autoAdjustHeight value={comment} onChange={(_, v) => setComment(v || '')} />
        <PrimaryButton text={strings.Action_submit} disabled={submitting} onClick={submit} styles={{ root: { marginTop: 8 } }} />
      </div>
    </div>
  );
}
