// One step written to a stored plan: the change under the repository's transaction, the milestone
// deadlines moved with it, and the answer.
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import type { RequestContext } from '../conversation/types.ts';
import { projectText as t } from '../i18n/projects.ts';
import type { AdaptiveCard } from '../conversation/types.ts';
import type { RowRef } from '../../cards/project-forms.ts';
import { milestoneOffDayNote } from './milestone-off-day.ts';
import { syncMilestoneDeadlines } from './milestones.ts';
import { rowStillThere, type RowList } from './plan-rows.ts';
import { markFormOpen, redrawPosted, withFormOpen } from './posted-cards.ts';
import { planCard } from './project-click.ts';
import { projectPlanSchema, type Project, type ProjectPlan } from './project.ts';

/** Said after a save is written, before the answer: may answer instead (a conflict), or null. */
export type AfterSave = (updated: Project, notice: string) => Promise<ActionResult | null>;
const afterSave = new WeakMap<RequestContext, AfterSave>();
/** `fn` runs once this request's step is saved (the section merge of N6 records who changed what). */
export const onSaved = (ctx: RequestContext, fn: AfterSave) => void afterSave.set(ctx, fn);

export type ApplyOptions = {
  stale?: () => ActionResult;
  done?: (updated: Project, notice?: string) => ActionResult;
};

/**
 * Applies one step to the stored plan (under the repository's transaction) and shows the plan, or
 * `done`'s card. `edit` returns null when the row it was to change is gone from the fresh plan:
 * then nothing is written and `stale` answers (the form again with the text, as a new row).
 */
export async function applyStep(
  s: Services,
  ctx: RequestContext,
  p: Project,
  edit: (plan: ProjectPlan) => ProjectPlan | null,
  again: (error: string) => ActionResult,
  opts: ApplyOptions = {},
): Promise<ActionResult> {
  // A text longer than the plan may hold is said on the form, not thrown by the store.
  const first = edit(p.plan);
  if (first && !projectPlanSchema.safeParse(first).success) return again(t.errors.tooLong);
  let stale = false;
  const now = s.clock.now();
  const updated = await s.store.projects.change(
    p.tenantId,
    p.networkId,
    p.id,
    (plan) => {
      const next = edit(plan);
      // The clicked card shows the plan again once this answer reaches it, and is redrawn below (N3).
      if (next) return withFormOpen(next, ctx.scope.cardActivityId, false, now);
      stale = true;
      return plan;
    },
    now,
  );
  if (!updated) return { kind: 'message', text: t.goneOrOther(p.id) };
  if (stale) return opts.stale ? opts.stale() : again(t.errors.rowChanged);
  ctx.log.info({ projectId: p.id }, 'project plan changed');
  // Milestones with a date are the network's deadlines; a changed plan moves them, a deleted milestone closes its own.
  const sync = await syncMilestoneDeadlines(s, updated, ctx.actor);
  // A milestone now due on a day off is said so, as a deadline is (N20).
  const offDay = [...sync.created, ...sync.moved].map((d) => milestoneOffDayNote(d.date, 'saved')).filter(Boolean);
  const notice = [t.saved, ...offDay].join(' ');
  // Everyone else sees the posted cards of the project; the answer reaches the clicker only (N7).
  await redrawPosted(s, ctx, updated);
  const instead = await afterSave.get(ctx)?.(updated, notice);
  if (instead) {
    // The choice between both values is on the card now: kept from others' redraws as a form is.
    await markFormOpen(s, ctx, updated, true);
    return instead;
  }
  return opts.done ? opts.done(updated, notice) : { kind: 'card', card: planCard(s, updated, notice) };
}

/** Adds a row, or replaces the row `ref` names while it is still the row the form was opened on. */
export function putRow(list: RowList, ref: RowRef, write: (plan: ProjectPlan, at: number | null) => ProjectPlan) {
  return (plan: ProjectPlan): ProjectPlan | null => {
    if (!ref.row) return write(plan, null);
    if (!rowStillThere(plan, list, ref.row, ref.rev)) return null;
    return write(plan, Number(ref.row));
  };
}

/** `x` at `at`, or at the end when `at` is null. */
export const replaceAt = <T>(xs: T[], at: number | null, x: T) =>
  at === null ? [...xs, x] : xs.map((old, i) => (i === at ? x : old));

/** A form's answer with `error` on it, on the row `r` (by default the row it was opened on). */
export type Again = (error: string, r?: RowRef) => ActionResult;

/** The form drawn again by `form`, with an error, on the row it was opened on unless told another. */
export const againOn =
  (form: (error: string, r: RowRef) => AdaptiveCard, ref: RowRef): Again =>
  (error, r = ref) => ({ kind: 'card', card: form(error, r) });

/** A row changed meanwhile: the form again, its text kept, as a new row; `done` answers a saved one. */
export const asNewRow = (again: Again, done: ApplyOptions['done']): ApplyOptions => ({
  stale: () => again(t.errors.rowChanged, { row: '', rev: '' }),
  done,
});

type PlainList = 'steeringGroup' | 'projectGroup' | 'obstacles';

/** A row of one of the plan's plain lists (`list` as the row lists name it) added, or put in place of the row `ref` names. */
export function saveListRow<K extends PlainList>(
  s: Services,
  ctx: RequestContext,
  p: Project,
  at: { list: RowList; key: K; ref: RowRef },
  row: ProjectPlan[K][number],
  again: Again,
  done: ApplyOptions['done'],
): Promise<ActionResult> {
  const put = putRow(at.list, at.ref, (plan, i) => ({
    ...plan,
    [at.key]: replaceAt<ProjectPlan[K][number]>(plan[at.key], i, row),
  }));
  return applyStep(s, ctx, p, put, again, asNewRow(again, done));
}
