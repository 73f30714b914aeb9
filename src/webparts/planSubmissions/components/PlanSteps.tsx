/**
 * The stepped plan form's body, shared by the web part's editor (PlanEditor, saves while typing)
 * and the list's own form (the form customizer's PlanListForm, saves on Save): the section list
 * (jump to any), one section at a time with its problems and the reviewers' comments on it, the
 * summary of everything missing (focused, with links to the inputs), and the offer to restore the
 * browser's newer copy.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { LightButton } from '../../../ui/light';
import { PLAN_PARTS, Plan, PlanPart, planFingerprint } from '../../../domain/plans/plan';
import { CommentTarget, SectionComment } from '../../../domain/plans/review';
import { PlanProblem, errorsOf, validateSection } from '../../../domain/plans/validation';
import { format, plural } from '../../../ui/format';
import { LocalDraft } from './draftStore';
import { inputId, problemText } from './formText';
import { dateTime, label, sectionLabel, useText } from './text';
import { SectionFields } from './SectionFields';
import { LightMessage } from '../../../ui/LightMessage';
import { block, space, useLayout } from '../../../ui/layout';

// Drawn in the text's own colour (currentColor), so nothing here depends on the theme.
const classes = mergeStyleSets({
  /** What is missing before submitting, framed. */
  summary: { border: '2px solid currentColor', padding: space.m, margin: block(space.s) },
  summaryTitle: { marginTop: 0 },
  /** The list of sections beside the current one; below it when narrow. */
  steps: { display: 'flex', gap: space.xxl, flexWrap: 'wrap', alignItems: 'flex-start' },
  sectionNav: { minWidth: 'min(220px, 100%)' },
  /** A section in the list: plain text, the current one bold and underlined. */
  step: {
    background: 'none',
    border: 0,
    padding: `${space.sNudge}px 0`,
    textAlign: 'left',
    cursor: 'pointer',
    color: 'inherit',
    font: 'inherit',
    fontWeight: 400,
    textDecoration: 'none',
    selectors: { '&[aria-current="step"]': { fontWeight: 700, textDecoration: 'underline' } }
  },
  /** The number of reviewers' comments on a section. */
  badge: {
    display: 'inline-block',
    marginLeft: space.sNudge,
    padding: `0 ${space.s}px`,
    borderRadius: 10,
    border: '1px solid currentColor',
    // A step smaller than the line it sits in, whatever that line's size.
    fontSize: '0.875em',
    fontWeight: 600
  },
  section: { flex: 1, minWidth: 'min(280px, 100%)' },
  /** Reviewers' comments on the section, marked by a line on the left. */
  comments: { borderLeft: '4px solid currentColor', paddingLeft: space.s, margin: block(space.s) },
  commentsTitle: { margin: block(space.xs) },
  /** Previous and Next. */
  stepButtons: { display: 'flex', gap: space.s, marginTop: space.l, flexWrap: 'wrap' }
});

/** The newer of the browser's copy and the server's, when they differ. */
export function newerLocal(local: LocalDraft | undefined, plan: Plan, modified?: string): LocalDraft | undefined {
  if (!local || planFingerprint(local.plan) === planFingerprint(plan)) return undefined;
  if (modified && Date.parse(modified) > Date.parse(local.savedAt)) return undefined;
  return local;
}

export interface PlanStepsState {
  step: number;
  part: PlanPart;
  /** Shows section `index` and focuses its heading, or the input `focusId`. */
  goTo(index: number, focusId?: string): void;
  summaryShown: boolean;
  /** Shows the summary of what is missing (and every problem with its field) and focuses it. */
  showSummary(): void;
  /**
   * Whether a problem is shown yet. A blank form is not a list of mistakes: a field's errors show
   * once the person has left the field, or left its section (Next, Previous, another section), or
   * tried to submit. Warnings (personal data) show at once.
   */
  shows(problem: PlanProblem): boolean;
  /** A field was left: `element` (or its nearest ancestor) carries the field's input id. */
  left(element: Element | null): void;
  headingRef: React.RefObject<HTMLHeadingElement>;
  summaryRef: React.RefObject<HTMLDivElement>;
}

/** `ddh-plan-<part>-<field>[-<row>][-<column or option>]`: the field an input id belongs to (see formText.inputId). */
function fieldOf(element: Element | null): { part: string; field: string; row?: string } | undefined {
  for (let node = element; node; node = node.parentElement) {
    const match = /^ddh-plan-([a-zA-Z]+)-([a-zA-Z]+)(?:-(\d+))?(?:-|$)/.exec(node.id || '');
    if (match && (PLAN_PARTS as readonly string[]).indexOf(match[1]) >= 0) return { part: match[1], field: match[2], row: match[3] };
  }
  return undefined;
}

/** `first`: the section to open at (an author whose plan came back opens at the first commented section). */
export function usePlanSteps(first: number = 0): PlanStepsState {
  const [step, setStep] = React.useState(first);
  const [summaryShown, setSummaryShown] = React.useState(false);
  // Keys `part|field|row` of fields left ("*" for the field as a whole), and the sections left.
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(() => new Set());
  const [leftParts, setLeftParts] = React.useState<ReadonlySet<PlanPart>>(() => new Set());
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  return {
    step,
    part: PLAN_PARTS[step],
    goTo(index, focusId) {
      const leaving = PLAN_PARTS[step];
      if (index !== step) setLeftParts((before) => (before.has(leaving) ? before : new Set([...Array.from(before), leaving])));
      setStep(index);
      setTimeout(() => {
        const target = focusId ? document.getElementById(focusId) : headingRef.current;
        if (target) target.focus();
      }, 0);
    },
    summaryShown,
    showSummary() {
      setSummaryShown(true);
      setTimeout(() => summaryRef.current?.focus(), 0);
    },
    shows(problem) {
      if (problem.severity === 'warning' || summaryShown || leftParts.has(problem.section)) return true;
      const field = `${problem.section}|${problem.field}|`;
      return touched.has(`${field}${problem.row === undefined ? '' : problem.row}`) || touched.has(`${field}*`);
    },
    left(element) {
      const found = fieldOf(element);
      if (!found) return;
      const field = `${found.part}|${found.field}|`;
      const keys = found.row === undefined ? [`${field}*`, field] : [`${field}${found.row}`, field];
      setTouched((before) => (keys.every((k) => before.has(k)) ? before : new Set([...Array.from(before), ...keys])));
    },
    headingRef,
    summaryRef
  };
}

export function RestoreOffer(props: { locale: string; offer: LocalDraft; onUse: () => void; onDiscard: () => void }): JSX.Element {
  const strings = useText();
  return (
    <LightMessage
      kind="info"
      actions={
        <div>
          <LightButton primary text={strings.Restore_use} onClick={props.onUse} />
          <LightButton text={strings.Restore_discard} onClick={props.onDiscard} />
        </div>
      }
    >
      {format(strings.Restore_local, dateTime(props.locale, props.offer.savedAt))}
    </LightMessage>
  );
}

/** What is missing before the plan can be submitted, shown once submitting was tried. */
export function MissingSummary(props: { steps: PlanStepsState; errors: PlanProblem[]; idPrefix: string }): JSX.Element | null {
  const { steps, errors, idPrefix } = props;
  const strings = useText();
  if (!steps.summaryShown || errors.length === 0) return null;
  return (
    <div ref={steps.summaryRef} tabIndex={-1} role="alert" aria-labelledby={`${idPrefix}-summary-title`} className={classes.summary}>
      <h3 id={`${idPrefix}-summary-title`} className={classes.summaryTitle}>
        {strings.SummaryTitle}
      </h3>
      <ul>
        {errors.map((p, i) => (
          <li key={i}>
            <a
              href={`#${inputId(p.section, p.field, p.row, p.column)}`}
              onClick={(e) => {
                e.preventDefault();
                steps.goTo(PLAN_PARTS.indexOf(p.section), inputId(p.section, p.field, p.row, p.column));
              }}
            >
              {sectionLabel(strings, p.section)}: {problemText(strings, p)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface PlanStepsProps {
  locale: string;
  plan: Plan;
  onChange: (plan: Plan) => void;
  steps: PlanStepsState;
  /** Review comments by section, shown with the section they concern. */
  comments?: Record<CommentTarget, SectionComment[]>;
  idPrefix: string;
}

export function PlanSteps(props: PlanStepsProps): JSX.Element {
  const { locale, plan, steps, comments, idPrefix } = props;
  const strings = useText();
  const layout = useLayout();
  const { step, part } = steps;
  const allProblems = React.useMemo(() => validateSection(plan, part), [plan, part]);
  const sectionProblems = allProblems.filter((p) => steps.shows(p));
  const onBlur = (e: React.FocusEvent): void => {
    // Focus going into a dropdown's list (a layer elsewhere in the page) has not left the field.
    const next = e.relatedTarget as Element | null;
    if (next && next.closest && next.closest('.ms-Layer')) return;
    steps.left(e.target as Element);
  };
  const sectionComments = comments && part !== 'identity' ? comments[part as CommentTarget] : [];
  // A badge per section with reviewers' comments, as a step list shows them: where to look, at a glance.
  const count = (p: PlanPart): number => (comments && p !== 'identity' ? (comments[p as CommentTarget] || []).length : 0);
  return (
    <div className={classes.steps}>
      <nav aria-label={strings.SectionList} className={classes.sectionNav}>
        <ol className={layout.plainList}>
          {PLAN_PARTS.map((p, i) => {
            const done = errorsOf(validateSection(plan, p)).length === 0;
            return (
              <li key={p}>
                <button type="button" onClick={() => steps.goTo(i)} aria-current={i === step ? 'step' : undefined} className={classes.step}>
                  {sectionLabel(strings, p)} ({done ? strings.SectionComplete : strings.SectionIncomplete})
                  {count(p) > 0 && <span className={classes.badge}>{plural(strings, 'CommentBadge', locale, count(p))}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <section aria-labelledby={`${idPrefix}-section-title`} className={classes.section}>
        <p className={layout.flat}>{format(strings.SectionStep, step + 1, PLAN_PARTS.length)}</p>
        <h3 id={`${idPrefix}-section-title`} ref={steps.headingRef} tabIndex={-1}>
          {sectionLabel(strings, part)}
        </h3>
        {sectionProblems.length > 0 && (
          <div className={layout.paragraph}>
            {errorsOf(sectionProblems).length > 0 && <p className={layout.flat}>{strings.SummarySection}</p>}
            <ul>
              {sectionProblems.map((p, i) => (
                <li key={i}>
                  {p.severity === 'warning' ? `${strings.SummaryWarnings} ` : ''}
                  {problemText(strings, p)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {sectionComments.length > 0 && (
          <aside aria-labelledby={`${idPrefix}-section-comments`} className={classes.comments}>
            <h4 id={`${idPrefix}-section-comments`} className={classes.commentsTitle}>
              {strings.SectionComments}
            </h4>
            <ul>
              {sectionComments.map((c, i) => (
                <li key={i}>
                  {format(
                    strings.HistoryEntry,
                    c.by.person.title || c.by.person.loginName,
                    label(strings, 'Role_', c.by.role),
                    dateTime(locale, c.at)
                  )}
                  : {c.text}
                </li>
              ))}
            </ul>
          </aside>
        )}
        <div onBlur={onBlur}>
          <SectionFields key={part} part={part} plan={plan} problems={sectionProblems} onChange={props.onChange} />
        </div>
        <div className={classes.stepButtons}>
          <LightButton text={strings.Previous} disabled={step === 0} onClick={() => steps.goTo(step - 1)} />
          <LightButton text={strings.Next} disabled={step === PLAN_PARTS.length - 1} onClick={() => steps.goTo(step + 1)} />
        </div>
      </section>
    </div>
  );
}
