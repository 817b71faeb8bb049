// A row deleted from a list of the plan on cards (sub-goals, milestones, budget lines, the groups, obstacles).
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { shorten } from '../conversation/reach.ts';
import type { RequestContext } from '../conversation/types.ts';
import { projectText as t } from '../i18n/projects.ts';
import { projectRowsCard } from '../../cards/project-forms.ts';
import { applyStep } from './plan-apply.ts';
import { rowStillThere, withoutRow, type RowList } from './plan-rows.ts';
import { forClick, type DeleteData } from './project-click.ts';
import { milestonesOf, type Project, type ProjectPlan } from './project.ts';

/** What a deleted row is called in the answer: enough to recognise it. */
export function rowName(plan: ProjectPlan, rows: RowList, row: string): string {
  const at = Number(row);
  const name = (() => {
    switch (rows) {
      case 'subgoals':
        return plan.subGoals.find((g) => g.id === row)?.goal;
      case 'milestones':
        return milestonesOf(plan).find((x) => x.milestone.id === row)?.milestone.activity;
      case 'budget':
        return plan.budget.lines[at]?.description;
      case 'steering':
        return plan.steeringGroup[at]?.name;
      case 'members':
        return plan.projectGroup[at]?.name;
      case 'obstacles':
        return plan.obstacles[at]?.obstacle;
    }
  })();
  return shorten((name ?? '').replace(/\s+/gu, ' ').trim(), 80);
}

/**
 * Deletes a row without asking, except a sub-goal that still has milestones. Idempotent: the button
 * names the row by id, or by position together with the list's fingerprint, so a double click or an
 * old card deletes nothing more.
 */
export async function deleteRow(s: Services, ctx: RequestContext, data: DeleteData): Promise<ActionResult> {
  const p = await forClick(s, ctx, data);
  if ('refused' in p) return p.refused;
  const rows = data.list;
  const rev = data.rev ?? '';
  const gone = (q: Project): ActionResult => ({
    kind: 'card',
    card: projectRowsCard(q, rows, {
      notice: rows === 'subgoals' || rows === 'milestones' ? t.rows.alreadyGone : t.rows.changedMeanwhile,
      tone: 'warning',
    }),
  });
  if (!rowStillThere(p.plan, rows, data.row, rev)) return gone(p);
  const goal = rows === 'subgoals' ? p.plan.subGoals.find((g) => g.id === data.row) : undefined;
  if (goal?.milestones.length && !data.confirmed)
    return {
      kind: 'card',
      card: projectRowsCard(p, rows, {
        confirm: {
          text: t.rows.confirmSubGoal(rowName(p.plan, rows, data.row), goal.milestones.length),
          row: data.row,
        },
      }),
    };
  const name = rowName(p.plan, rows, data.row);
  return applyStep(
    s,
    ctx,
    p,
    (plan) => (rowStillThere(plan, rows, data.row, rev) ? withoutRow(plan, rows, data.row) : null),
    () => gone(p),
    {
      stale: () => gone(p),
      done: (updated) => ({ kind: 'card', card: projectRowsCard(updated, rows, { notice: t.rows.deleted(name) }) }),
    },
  );
}
