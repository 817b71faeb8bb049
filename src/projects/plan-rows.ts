// The rows of a plan that the cards list one by one, to change or delete (issue #17: sub-goals,
// milestones, budget lines, group members, obstacles). Pure: the feature applies the result under
// the repository's transaction.
import { createHash } from 'node:crypto';
import { milestonesOf, type ProjectPlan } from './project.ts';

export const ROW_LISTS = ['subgoals', 'milestones', 'budget', 'steering', 'members', 'obstacles'] as const;
export type RowList = (typeof ROW_LISTS)[number];

/** The card step that adds or changes a row of each list. */
export const FORM_OF_LIST = {
  subgoals: 'subgoal',
  milestones: 'milestone',
  budget: 'budget',
  steering: 'steering',
  members: 'member',
  obstacles: 'obstacle',
} as const satisfies Record<RowList, string>;
export type RowForm = (typeof FORM_OF_LIST)[RowList];

export function listOfForm(form: string): RowList | null {
  return ROW_LISTS.find((l) => FORM_OF_LIST[l] === form) ?? null;
}

/** Sub-goals and milestones have ids that are never given out again; the other lists are addressed by position. */
const byId = (list: RowList) => list === 'subgoals' || list === 'milestones';

function items(plan: ProjectPlan, list: RowList): unknown[] {
  switch (list) {
    case 'subgoals':
      return plan.subGoals.map((g) => ({ id: g.id, goal: g.goal }));
    case 'milestones':
      return milestonesOf(plan).map((x) => x.milestone);
    case 'budget':
      return plan.budget.lines;
    case 'steering':
      return plan.steeringGroup;
    case 'members':
      return plan.projectGroup;
    case 'obstacles':
      return plan.obstacles;
  }
}

/** The row keys a card shows: ids for sub-goals and milestones, positions (0, 1, …) for the rest. */
export function rowKeys(plan: ProjectPlan, list: RowList): string[] {
  if (list === 'subgoals') return plan.subGoals.map((g) => g.id);
  if (list === 'milestones') return milestonesOf(plan).map((x) => x.milestone.id);
  return items(plan, list).map((_, i) => String(i));
}

/**
 * A fingerprint of a list as a card showed it. A button addressing a row by position carries it, so
 * a second click on the same «Slett» (or a click on an old card) finds the list changed and deletes
 * nothing more, where the position alone would delete the next row.
 */
export function listRev(plan: ProjectPlan, list: RowList): string {
  return createHash('sha256')
    .update(JSON.stringify(items(plan, list)))
    .digest('hex')
    .slice(0, 16);
}

/** Whether `row` still means the row the card showed: the same id, or the same position in an unchanged list. */
export function rowStillThere(plan: ProjectPlan, list: RowList, row: string, rev: string): boolean {
  if (!rowKeys(plan, list).includes(row)) return false;
  return byId(list) || listRev(plan, list) === rev;
}

/** The plan without the row (and, for a sub-goal, without its milestones); deleted ids are retired. */
export function withoutRow(plan: ProjectPlan, list: RowList, row: string): ProjectPlan {
  const at = Number(row);
  const drop = <T>(xs: T[]) => xs.filter((_, i) => i !== at);
  switch (list) {
    case 'subgoals': {
      const gone = plan.subGoals.find((g) => g.id === row);
      if (!gone) return plan;
      return {
        ...plan,
        subGoals: plan.subGoals.filter((g) => g.id !== row),
        retiredIds: [...plan.retiredIds, gone.id, ...gone.milestones.map((m) => m.id)],
      };
    }
    case 'milestones':
      if (!milestonesOf(plan).some((x) => x.milestone.id === row)) return plan;
      return {
        ...plan,
        subGoals: plan.subGoals.map((g) => ({ ...g, milestones: g.milestones.filter((m) => m.id !== row) })),
        retiredIds: [...plan.retiredIds, row],
      };
    case 'budget':
      return { ...plan, budget: { ...plan.budget, lines: drop(plan.budget.lines) } };
    case 'steering':
      return { ...plan, steeringGroup: drop(plan.steeringGroup) };
    case 'members':
      return { ...plan, projectGroup: drop(plan.projectGroup) };
    case 'obstacles':
      return { ...plan, obstacles: drop(plan.obstacles) };
  }
}
