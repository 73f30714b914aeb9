/**
 * The plan form as a SharePoint list form: the web part's eight sections with the same inputs
 * (SectionFields), the same per-section checks and the same summary when submitting fails, but
 * saved the way a list form is: explicitly. Save stores the draft (a new item, or the item with
 * the ETag read: 412 is a conflict, nothing is overwritten) and ends with `onSaved`; Submit saves
 * and submits for review; Cancel ends with `onCancel`. What could not be saved is kept in the
 * browser's local copy (the same one the web part's form offers to restore).
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { PLAN_PARTS, Plan, planFingerprint } from '../../domain/plans/plan';
import { CommentTarget, SectionComment } from '../../domain/plans/review';
import { PlanProblem, errorsOf, validatePlan, validateSection } from '../../domain/plans/validation';
import { toProblem } from '../../data/errors';
import { PlanDetail, WorkflowRefusedError } from '../../data/plans';
import { format } from '../../ui/format';
import { useHub } from '../../ui/HubContext';
import { problemText as commonProblemText } from '../../ui/ProblemMessage';
import { LocalDraft, draftKey, readDraft, removeDraft, writeDraft } from '../../webparts/planSubmissions/components/draftStore';
import { dateTime, inputId, label, problemText, reasonText, sectionLabel } from '../../webparts/planSubmissions/components/labels';
import { SectionFields } from '../../webparts/planSubmissions/components/SectionFields';

export interface PlanListFormProps {
  strings: IPlanSubmissionsWebPartStrings;
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

interface Target { id: number | undefined; etag: string }

/** The browser's copy, when it differs from the server's and is newer than the server's last save. */
function newerLocal(local: LocalDraft | undefined, plan: Plan, modified?: string): LocalDraft | undefined {
  if (!local || planFingerprint(local.plan) === planFingerprint(plan)) return undefined;
  if (modified && Date.parse(modified) > Date.parse(local.savedAt)) return undefined;
  return local;
}

export function PlanListForm(props: PlanListFormProps): JSX.Element {
  const { strings, title, siteUrl, loginName, initial, onCancel, onSaved, onReload } = props;
  const { services, common, locale } = useHub();
  const repository = services.plans.repository;
  const [plan, setPlan] = React.useState<Plan>(initial.plan);
  const [step, setStep] = React.useState(0);
  const [comment, setComment] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [showSummary, setShowSummary] = React.useState(false);
  const [failure, setFailure] = React.useState<{ text: string; conflict: boolean } | undefined>();
  const target = React.useRef<Target>({ id: initial.id, etag: initial.etag });
  const alive = React.useRef(true);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const keyFor = (id: number | undefined): string => draftKey(siteUrl, loginName, id === undefined ? 'new' : id);
  const [offer, setOffer] = React.useState<LocalDraft | undefined>(() => newerLocal(readDraft(keyFor(initial.id)), initial.plan, initial.modified));
  React.useEffect(() => () => { alive.current = false; }, []);

  const part = PLAN_PARTS[step];
  const errors = React.useMemo(() => errorsOf(validatePlan(plan)), [plan]);
  const sectionProblems = React.useMemo(() => validateSection(plan, part), [plan, part]);

  const goTo = (index: number, focusId?: string): void => {
    setStep(index);
    setTimeout(() => {
      const element = focusId ? document.getElementById(focusId) : headingRef.current;
      if (element) element.focus();
    }, 0);
  };

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
    setFailure(problem.kind === 'conflict'
      ? { text: strings.Save_conflict, conflict: true }
      : { text: format(strings.Save_failed, commonProblemText(problem.kind, common)), conflict: false });
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

  const save = (): Promise<void> => run(async () => { await store(); });

  const submit = (): Promise<void> => {
    if (errors.length > 0) {
      setShowSummary(true);
      setTimeout(() => summaryRef.current?.focus(), 0);
      return Promise.resolve();
    }
    return run(async () => {
      const saved = await store();
      const fresh = props.detail && props.detail.id === saved.id ? { ...props.detail, etag: saved.etag } : await repository.load(saved.id);
      await repository.submit(fresh, plan, saved.etag, comment);
    });
  };

  const link = (p: PlanProblem, i: number): JSX.Element => (
    <li key={i}>
      <a href={`#${inputId(p.section, p.field, p.row, p.column)}`} onClick={(e) => {
        e.preventDefault();
        goTo(PLAN_PARTS.indexOf(p.section), inputId(p.section, p.field, p.row, p.column));
      }}>{sectionLabel(strings, p.section)}: {problemText(strings, p)}</a>
    </li>
  );

  return (
    <article aria-labelledby="ddh-plan-form-title">
      <h2 id="ddh-plan-form-title">{title}</h2>
      {offer && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline actions={
          <div>
            <PrimaryButton text={strings.Restore_use} onClick={() => { setPlan(offer.plan); setOffer(undefined); }} />
            <DefaultButton text={strings.Restore_discard} onClick={() => { removeDraft(keyFor(initial.id)); setOffer(undefined); }} />
          </div>
        }>{format(strings.Restore_local, dateTime(locale, offer.savedAt))}</MessageBar>
      )}
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>{strings.PrivacyWarning}</MessageBar>
      {failure && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={failure.conflict && onReload
          ? <DefaultButton text={strings.ReloadServer} onClick={onReload} /> : undefined}>{failure.text}</MessageBar>
      )}
      {showSummary && errors.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="ddh-plan-form-summary"
          style={{ border: '2px solid currentColor', padding: 12, margin: '8px 0' }}>
          <h3 id="ddh-plan-form-summary" style={{ marginTop: 0 }}>{strings.SummaryTitle}</h3>
          <ul>{errors.map(link)}</ul>
        </div>
      )}
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
        <section aria-labelledby="ddh-plan-form-section" style={{ flex: 1, minWidth: 280 }}>
          <p style={{ margin: 0 }}>{format(strings.SectionStep, step + 1, PLAN_PARTS.length)}</p>
          <h3 id="ddh-plan-form-section" ref={headingRef} tabIndex={-1}>{sectionLabel(strings, part)}</h3>
          {sectionProblems.length > 0 && (
            <div style={{ margin: '8px 0' }}>
              {errorsOf(sectionProblems).length > 0 && <p style={{ margin: 0 }}>{strings.SummarySection}</p>}
              <ul>{sectionProblems.map((p, i) => <li key={i}>{p.severity === 'warning' ? `${strings.SummaryWarnings} ` : ''}{problemText(strings, p)}</li>)}</ul>
            </div>
          )}
          {props.comments && part !== 'identity' && props.comments[part as CommentTarget].length > 0 && (
            <aside aria-labelledby="ddh-plan-form-comments" style={{ borderLeft: '4px solid currentColor', paddingLeft: 8, margin: '8px 0' }}>
              <h4 id="ddh-plan-form-comments" style={{ margin: '4px 0' }}>{strings.SectionComments}</h4>
              <ul>
                {props.comments[part as CommentTarget].map((c, i) => (
                  <li key={i}>{format(strings.HistoryEntry, c.by.person.title || c.by.person.loginName, label(strings, 'Role_', c.by.role), dateTime(locale, c.at))}: {c.text}</li>
                ))}
              </ul>
            </aside>
          )}
          <SectionFields key={part} part={part} plan={plan} problems={sectionProblems} strings={strings} onChange={setPlan} />
          <div style={{ display: 'flex', gap: 8, marginTop: 16, flexWrap: 'wrap' }}>
            <DefaultButton text={strings.Previous} disabled={step === 0} onClick={() => goTo(step - 1)} />
            <DefaultButton text={strings.Next} disabled={step === PLAN_PARTS.length - 1} onClick={() => goTo(step + 1)} />
          </div>
        </section>
      </div>
      <div style={{ marginTop: 24 }}>
        <TextField label={strings.CommentLabel} multiline autoAdjustHeight value={comment} onChange={(_, v) => setComment(v || '')} />
        <div style={{ display: 'flex', gap: 8, marginTop: 12, flexWrap: 'wrap' }}>
          <PrimaryButton text={strings.SaveNow} disabled={busy} onClick={save} />
          <DefaultButton text={strings.Action_submit} disabled={busy} onClick={submit} />
          <DefaultButton text={strings.Cancel} disabled={busy} onClick={onCancel} />
        </div>
      </div>
    </article>
  );
}
