import { z } from 'zod';
import type { Person } from '../networks/network.ts';

/**
 * A development project as Bufdir's project plan template for learning networks lays it out
 * (seed 002, «Prosjektplan for læringsnettverk 2024/2025»). The plan is one document: it is stored
 * whole as JSON (checked by `projectPlanSchema` on every read) so a field the template adds later
 * is one schema change, not a migration.
 */

/** The two kinds of project the template lets a plan tick ("Kun ett kryss", seed 002). */
export const PROJECT_TYPES = ['egeninitiert', 'fosterhjemsprosjekt'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

const text = (max: number) => z.string().max(max);
const line = text(500);
const long = text(20_000);

/** What every person in the plan has: a name and the municipality or service (kommune/bydel) they come from. */
const personFields = { name: line, municipality: line.default('') };

/** Prosjektleder: name, municipality/service, phone, e-mail (seed 002). */
export const leaderSchema = z.object({ ...personFields, phone: line.default(''), email: line.default('') });
export type ProjectLeader = z.infer<typeof leaderSchema>;

/** A member of the steering group (navn, kommune/bydel, stilling, e-post; seed 002). */
export const steeringMemberSchema = z.object({ ...personFields, position: line.default(''), email: line.default('') });
export type SteeringMember = z.infer<typeof steeringMemberSchema>;

/**
 * A member of the project group (navn, kommune/bydel, rolle/arbeidsoppgave, e-post, telefon). The
 * template asks that bought-out time ("frikjøpt") shows under the role; `boughtOut` holds what the
 * plan says about it ("50 % frikjøpt"), null when it says nothing.
 */
export const groupMemberSchema = z.object({
  ...personFields,
  role: line.default(''),
  email: line.default(''),
  phone: line.default(''),
  boughtOut: line.nullable().default(null),
});
export type GroupMember = z.infer<typeof groupMemberSchema>;

/** A hindrance and what the network does if it happens (Hindringer / Tiltak, seed 002). */
export const obstacleSchema = z.object({ obstacle: long, measure: long.default('') });
export type Obstacle = z.infer<typeof obstacleSchema>;

/**
 * A milestone (hovedaktivitet/milepæl) under a sub-goal: what is done, who sees to it (ansvar), who
 * helps (samarbeid med kompetansemiljø/Bufetat), when (når?), and how it is checked (evaluering,
 * sjekkpunkter). `when` is the text as written ("uke 12", "mars 2025"); `due` the date read from it,
 * null when none could be read. `id` is stable within the project (m1, m2, …): deadlines and
 * follow-up answers refer to it.
 */
const activityFields = {
  activity: long,
  owner: line.default(''),
  partner: line.default(''),
  when: line.default(''),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  checkpoint: long.default(''),
};
export const milestoneSchema = z.object({
  id: z.string().regex(/^m\d+$/),
  ...activityFields,
  /**
   * Set when a member (not a leader) gave the milestone its date: it is a nudged network deadline only
   * once a leader confirms it, as `frist` is leader-only (month round 7, N18). Null: confirmed.
   */
  awaiting: z
    .object({ by: line, at: z.string().max(40) })
    .nullable()
    .default(null),
  /** Underaktiviteter from the template's progress plan (Fremdriftsplan), in order; each says the same as a milestone. */
  steps: z.array(z.object(activityFields)).default(() => []),
});
export type Milestone = z.infer<typeof milestoneSchema>;

/** A sub-goal (delmål) leading to the main goal, with its milestones; `id` is stable (d1, d2, …). */
export const subGoalSchema = z.object({
  id: z.string().regex(/^d\d+$/),
  goal: long,
  milestones: z.array(milestoneSchema).default(() => []),
});
export type SubGoal = z.infer<typeof subGoalSchema>;

/**
 * A budget line (beskrivelse av kostnad, kroner). `amount` is whole kroner, null when the text in
 * `amountText` could not be read as an amount. `overhead` marks general organisational costs
 * (administrasjon, husleie, regnskap, IT), capped at 5 % of the grant (seed 003 section 3, 2024).
 */
export const budgetLineSchema = z.object({
  description: line,
  amount: z.number().int().nonnegative().nullable(),
  amountText: line.default(''),
  overhead: z.boolean().default(false),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const budgetSchema = z.object({
  lines: z.array(budgetLineSchema).default(() => []),
  /** "Sum kostnader" as the plan states it; null when the plan leaves it empty. */
  statedTotal: z.number().int().nonnegative().nullable().default(null),
  statedTotalText: line.default(''),
});
export type Budget = z.infer<typeof budgetSchema>;

/** The grant applied for and, once the Statsforvalter has decided, received (whole kroner). */
export const grantSchema = z.object({
  applied: z.number().int().nonnegative().nullable().default(null),
  received: z.number().int().nonnegative().nullable().default(null),
});
export type Grant = z.infer<typeof grantSchema>;

/** The whole plan, in the template's order. */
export const projectPlanSchema = z.object({
  /** Navn på læringsnettverket dere er medlem av. */
  networkName: line.default(''),
  /** Navn på utviklingsprosjektet. */
  name: line,
  /**
   * The types ticked. The template allows exactly one; an imported plan may tick both or none, and
   * the plan check says so, so what was ticked is kept as it stands (see `projectType`).
   */
  types: z
    .array(z.enum(PROJECT_TYPES))
    .max(2)
    .default(() => []),
  /** Søkerkommune/-bydel. */
  applicant: line.default(''),
  /** Deltakende kommuner/bydeler, one per entry. */
  municipalities: z.array(line).default(() => []),
  leader: leaderSchema.nullable().default(null),
  steeringGroup: z.array(steeringMemberSchema).default(() => []),
  projectGroup: z.array(groupMemberSchema).default(() => []),
  /** Kompetansemiljø and what the cooperation is to consist of. */
  competence: long.default(''),
  /** Bakgrunn for prosjektet – lokale tilstandsvurderinger. */
  background: long.default(''),
  /** Hovedmål: one goal for the whole project. */
  mainGoal: long.default(''),
  successCriteria: z.array(long).default(() => []),
  obstacles: z.array(obstacleSchema).default(() => []),
  subGoals: z.array(subGoalSchema).default(() => []),
  /** Videre utviklingsarbeid – implementering, vedlikehold og videreutvikling. */
  furtherWork: long.default(''),
  budget: budgetSchema.default(() => ({ lines: [], statedTotal: null, statedTotalText: '' })),
  grant: grantSchema.default(() => ({ applied: null, received: null })),
  /**
   * Ids of sub-goals and milestones deleted on the cards. Never given out again: a deadline, a
   * «plan ja/nei» answer or a nudge that named m3 must not come to mean a different milestone.
   */
  retiredIds: z
    .array(z.string().regex(/^[dm]\d+$/))
    .max(2000)
    .default(() => []),
  /**
   * Who last changed each field of the plain sections on the cards, and when («basics.municipalities»):
   * a save that meets someone else's change names them (month round 7, N6). Not part of the template.
   */
  edits: z.record(z.string().max(60), z.object({ by: line, at: z.string().max(40) })).default(() => ({})),
  /**
   * The cards the bot posted that show this project (its own card, or a list card of all projects), so a
   * save redraws each as its own kind (month round 7, N7). Not part of the template; the newest last.
   */
  cards: z
    .array(
      z.object({
        kind: z.enum(['project', 'list']),
        conversationId: z.string().max(400),
        activityId: z.string().max(400),
        /**
         * Set while the card shows a form someone opened on it (when, ISO): another person's save does not
         * redraw it, or what they are typing would be wiped for them (month round 7b, N3). Cleared when that
         * form is saved or left with «Tilbake».
         */
        formOpenedAt: z.string().max(40).optional(),
      }),
    )
    .max(40)
    .default(() => []),
});
export type ProjectPlan = z.infer<typeof projectPlanSchema>;
/** A plan as callers may write it: every field with a default may be left out. */
export type ProjectPlanInput = z.input<typeof projectPlanSchema>;

/** How the plan came in: imported from the Word template, or filled on cards. */
export type ProjectOrigin = 'import' | 'cards';

export interface Project {
  tenantId: string;
  networkId: string;
  /** U1, U2, … per network (U for utviklingsprosjekt), never reused. */
  id: string;
  plan: ProjectPlan;
  origin: ProjectOrigin;
  createdBy: Person;
  createdAt: string;
  updatedAt: string;
}

export interface NewProject {
  tenantId: string;
  networkId: string;
  plan: ProjectPlan;
  origin: ProjectOrigin;
  createdBy: Person;
  createdAt: string;
}

/** An empty plan with only its name: the start of the card flow. */
export function emptyPlan(name: string): ProjectPlan {
  return projectPlanSchema.parse({ name });
}

/** The one type ticked, or null when the plan ticks both or neither. */
export function projectType(plan: Pick<ProjectPlan, 'types'>): ProjectType | null {
  return plan.types.length === 1 ? plan.types[0]! : null;
}

/** Every milestone of the plan, with the sub-goal it belongs to, in the plan's order. */
export function milestonesOf(plan: Pick<ProjectPlan, 'subGoals'>): { subGoal: SubGoal; milestone: Milestone }[] {
  return plan.subGoals.flatMap((subGoal) => subGoal.milestones.map((milestone) => ({ subGoal, milestone })));
}

const highest = (ids: string[]) => ids.reduce((n, id) => Math.max(n, Number(id.slice(1)) || 0), 0);

type IdSource = Pick<ProjectPlan, 'subGoals'> & Partial<Pick<ProjectPlan, 'retiredIds'>>;
const retired = (plan: IdSource, kind: 'd' | 'm') => (plan.retiredIds ?? []).filter((id) => id.startsWith(kind));

/** The next free sub-goal id (d1, d2, …), never one a deleted sub-goal had. */
export function nextSubGoalId(plan: IdSource): string {
  return `d${highest([...plan.subGoals.map((g) => g.id), ...retired(plan, 'd')]) + 1}`;
}

/** The next free milestone id across the whole plan (m1, m2, …), never one a deleted milestone had. */
export function nextMilestoneId(plan: IdSource): string {
  return `m${highest([...milestonesOf(plan).map((x) => x.milestone.id), ...retired(plan, 'm')]) + 1}`;
}

/** The sum of the budget lines that could be read (whole kroner). */
export function budgetSum(budget: Pick<Budget, 'lines'>): number {
  return budget.lines.reduce((sum, l) => sum + (l.amount ?? 0), 0);
}
