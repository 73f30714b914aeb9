/**
 * The steps people take on a plan (submit, archive, comment, decide), over @pnp/sp: checked by the
 * domain's rules before anything is written, and by the lists' permissions on the server whatever
 * the client does. A module of its own, loaded with the first step taken (PlanRepository delegates
 * here): the plans' first view has no room for it.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IList } from '@pnp/sp/lists';
import { Plan, SectionId } from '../../domain/plans/plan';
import { PlanEventKind, Role, apply } from '../../domain/plans/workflow';
import {
  EMBASSY_APPROVED_KEY,
  LATEST_DECISION_FIELDS as L,
  PLAN_FIELDS as P,
  PLAN_LISTS,
  REVIEW_FIELDS as V,
  ROUND_FIELDS as R,
  SUBMITTED_WAITING_KEY
} from '../../lists/planLists';
import { isDuplicateRefusal, toProblem } from '../errors';
import { odataInteger } from '../odata';
import { RoundRow, approvalColumns, planColumns } from './rows';
import { Decision, DecisionConflictError, PlanDetail, PlanWriteContext, WorkflowRefusedError, decidedSince } from './PlanRepository';

function list(sp: SPFI, key: keyof typeof PLAN_LISTS): IList {
  return sp.web.lists.getByTitle(PLAN_LISTS[key].title);
}

function check(
  detail: PlanDetail,
  action: PlanEventKind,
  role: Role,
  input: { comment?: string; reference?: string; section?: SectionId }
): void {
  const context = { isOwnPlan: detail.me.id === detail.owner.id, startupInstructionsSent: detail.derived.startupInstructionsSent };
  const outcome = apply(detail.derived.state, action, role, { by: detail.me, at: new Date().toISOString(), ...input }, context);
  if (!outcome.ok) throw new WorkflowRefusedError(outcome.reason);
}

function roleFor(detail: PlanDetail, wanted: Role): Role {
  if (detail.roles.indexOf(wanted) < 0) throw new WorkflowRefusedError('notAllowedForRole');
  return wanted;
}

/**
 * A plan's SubmittedWaiting (v8) for the hint it is given, as a column to write; none on a site
 * without the time keys (a write of a column the list lacks is refused).
 */
async function waitingKey(ctx: PlanWriteContext, state: string, submittedAt: string | null): Promise<Record<string, number | null>> {
  if (!(await ctx.timeKeys())) return {};
  return { [P.submittedWaiting]: SUBMITTED_WAITING_KEY.of({ [P.state]: state, [P.submittedAt]: submittedAt }) };
}

/** Saves the content, records the round with its snapshot, and stamps the listing with the server's time. */
export async function submit(ctx: PlanWriteContext, detail: PlanDetail, plan: Plan, etag: string, comment: string = ''): Promise<void> {
  check(detail, 'submit', roleFor(detail, 'author'), { comment });
  // The rules load with the first submit (the form has them already): the overview does not carry them.
  const { errorsOf, validatePlan } = await import(/* webpackChunkName: 'ddh-plan-validation' */ '../../domain/plans/validation');
  if (errorsOf(validatePlan(plan)).length > 0) throw new WorkflowRefusedError('incomplete');
  const round = detail.derived.round + 1;
  const item = list(ctx.sp, 'plans').items.getById(detail.id);
  // Until the submit's time is stamped below, the key follows the time the plan has (none on a first submit).
  const saved = await item.update(
    { ...planColumns(plan), [P.state]: 'submitted', [P.round]: round, ...(await waitingKey(ctx, 'submitted', detail.hint.submittedAt)) },
    etag
  );
  const added = (await list(ctx.sp, 'planRounds').items.add({
    [`${R.plan}Id`]: detail.id,
    [R.round]: round,
    [R.snapshot]: JSON.stringify(plan),
    [R.comment]: comment.trim(),
    [R.entry]: 'submit'
  })) as unknown as RoundRow;
  await item.update(
    { [P.submittedAt]: added.Created, ...(await waitingKey(ctx, 'submitted', added.Created)) },
    (saved as { etag?: string }).etag || '*'
  );
}

/** Step 4a: the embassy files the approved plan in the records system. */
export async function archive(ctx: PlanWriteContext, detail: PlanDetail, reference: string, comment: string): Promise<void> {
  check(detail, 'archive', roleFor(detail, 'author'), { comment, reference });
  const added = (await list(ctx.sp, 'planRounds').items.add({
    [`${R.plan}Id`]: detail.id,
    [R.round]: detail.derived.round,
    [R.snapshot]: JSON.stringify(detail.plan),
    [R.comment]: comment.trim(),
    [R.entry]: 'archive',
    [R.reference]: reference.trim()
  })) as unknown as RoundRow;
  await list(ctx.sp, 'plans')
    .items.getById(detail.id)
    .update(
      {
        [P.state]: 'archived',
        [P.archiveReference]: reference.trim(),
        [P.archivedAt]: added.Created,
        ...(await waitingKey(ctx, 'archived', detail.hint.submittedAt))
      },
      detail.etag
    );
}

/** A comment on the plan or one section: reviewers' go to Reviews, the author's replies to Rounds. */
export async function comment(ctx: PlanWriteContext, detail: PlanDetail, text: string, section?: SectionId): Promise<void> {
  const role: Role = detail.roles.indexOf('reviewer') >= 0 && detail.me.id !== detail.owner.id ? 'reviewer' : roleFor(detail, 'author');
  check(detail, 'comment', role, { comment: text, section });
  if (role === 'reviewer') return addReview(ctx, detail, 'comment', text, section);
  await list(ctx.sp, 'planRounds').items.add({
    [`${R.plan}Id`]: detail.id,
    [R.round]: detail.derived.round,
    [R.comment]: text.trim(),
    [R.entry]: 'comment',
    [R.section]: section || null
  });
}

/**
 * A reviewer's decision: request changes, approve, or send start-up instructions. Always with a
 * comment. It first takes the plan's next turn in DDH Plan Latest Decisions, from what `detail`
 * read: if another reviewer decided since, the server refuses (412, or the unique Plan key when
 * both would create the row) and a DecisionConflictError says who decided what; nothing is written.
 */
export async function decide(ctx: PlanWriteContext, detail: PlanDetail, decision: Decision, text: string): Promise<void> {
  return decideOnce(ctx, detail, decision, text, true);
}

async function decideOnce(ctx: PlanWriteContext, detail: PlanDetail, decision: Decision, text: string, mayResume: boolean): Promise<void> {
  check(detail, decision, roleFor(detail, 'reviewer'), { comment: text });
  const turn = (detail.latest ? detail.latest.turn : 0) + 1;
  const columns = { [L.decision]: decision, [L.round]: detail.derived.round, [L.turn]: turn };
  const turns = list(ctx.sp, 'planLatestDecisions').items;
  try {
    if (detail.latest) await turns.getById(detail.latest.id).update(columns, detail.latest.etag);
    else await turns.add({ [`${L.plan}Id`]: detail.id, ...columns });
  } catch (error) {
    // An update with a stale ETag is 412; a second create hits the unique Plan key, which
    // SharePoint reports in more than one form (read back when it is a plain SPException).
    const refused = detail.latest
      ? (await toProblem(error)).kind === 'conflict'
      : await isDuplicateRefusal(error, () => turnRowExists(ctx, detail.id));
    if (!refused) throw error;
    const fresh = await ctx.load(detail.id);
    const now = fresh.latest;
    // This reviewer's own turn whose Review row was never written (its answer was lost on the
    // way): nobody decided since, so decide again on the plan as it is now, once.
    if (mayResume && now && !now.recorded && now.by.id === detail.me.id && decidedSince(detail, fresh) === undefined) {
      return decideOnce(ctx, fresh, decision, text, false);
    }
    throw new DecisionConflictError(fresh, decidedSince(detail, fresh));
  }
  await addReview(ctx, detail, decision, text, undefined, turn);
}

/** Is there a turn row for the plan (another reviewer's first decision)? Read by the unique Plan key. */
async function turnRowExists(ctx: PlanWriteContext, planId: number): Promise<boolean> {
  const rows = await list(ctx.sp, 'planLatestDecisions')
    .items.filter(`${L.plan}Id eq ${odataInteger(planId)}`)
    .select('Id')
    .top(1)<Array<{ Id: number }>>();
  return rows.length > 0;
}

async function addReview(
  ctx: PlanWriteContext,
  detail: PlanDetail,
  decision: PlanEventKind,
  text: string,
  section?: SectionId,
  turn?: number
): Promise<void> {
  const latest = detail.rounds[detail.rounds.length - 1];
  // An approval carries what was approved (the submitted round), for the approved list and the channel map.
  const facts = decision === 'approve' ? approvalColumns(latest ? latest.snapshot : detail.plan, detail.owner.id, new Date()) : {};
  // v8: the approval's EmbassyApproved, from the same values (none on a site without the time keys).
  const key =
    decision === 'approve' && (await ctx.timeKeys())
      ? { [V.embassyApproved]: EMBASSY_APPROVED_KEY.of({ [V.decision]: decision, ...facts }) }
      : {};
  await list(ctx.sp, 'planReviews').items.add({
    [`${V.plan}Id`]: detail.id,
    [V.round]: detail.derived.round,
    [V.decision]: decision,
    [V.section]: section || null,
    [V.comment]: text.trim(),
    [V.fingerprint]: latest ? latest.fingerprint : null,
    ...(turn ? { [V.turn]: turn } : {}),
    ...facts,
    ...key
  });
}
