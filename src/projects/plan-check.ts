import type { LocalDate } from '../time/local-date.ts';
import { MAX_YEARS_AHEAD, tooFarAhead } from '../time/norwegian-date.ts';
import { shorten } from '../conversation/reach.ts';
import { formatKroner } from './amounts.ts';
import { notObservable, notPresentTense, sentenceCount } from './main-goal.ts';
import { citation, planRules, type PlanRules } from './plan-rules.ts';
import { budgetSum, milestonesOf, type ProjectPlan } from './project.ts';
import { planCheckText as t } from '../i18n/projects.ts';

export type Severity = 'error' | 'advice';

/** One thing the check found, with the document, section and year it rests on. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  source: string;
}

/** The rule names the check uses, so callers (the report checklist, tests) match on them, not on text. */
export const RULES = {
  services: 'min-services',
  typeNone: 'type-none',
  typeBoth: 'type-both',
  overhead: 'overhead',
  auditor: 'auditor-attestation',
  budgetMissing: 'budget-missing',
  budgetUnread: 'budget-amount-unread',
  budgetSum: 'budget-sum',
  mainGoalMissing: 'main-goal-missing',
  mainGoalSentences: 'main-goal-one-sentence',
  mainGoalTense: 'main-goal-present-tense',
  mainGoalObservable: 'main-goal-observable',
  milestoneOwner: 'milestone-owner',
  milestoneDate: 'milestone-date',
  milestoneDateUnread: 'milestone-date-unread',
  milestoneDateFar: 'milestone-date-far',
} as const;

/** "Nes kommune", "bydel Alna", "Barneverntjenesten i Nes" → "nes"/"alna": one service, however it is written. */
export function serviceKey(name: string): string {
  return name
    .toLocaleLowerCase('nb')
    .replace(/\b(barnevern(?:s)?tjenesten?|barnevernet|kommune|kommunes|bydel|bydelen|i|for)\b/gu, ' ')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}

/** The distinct child welfare services taking part: the applicant and every participating municipality. */
export function participatingServices(plan: Pick<ProjectPlan, 'applicant' | 'municipalities'>): string[] {
  const seen = new Map<string, string>();
  for (const name of [plan.applicant, ...plan.municipalities]) {
    const key = serviceKey(name);
    if (key && !seen.has(key)) seen.set(key, name.trim());
  }
  return [...seen.values()];
}

/** The grant the ceilings apply to: what was received, else what is applied for. */
export function grantOf(plan: Pick<ProjectPlan, 'grant'>): number | null {
  return plan.grant.received ?? plan.grant.applied;
}

/** Whether the reporting checklist needs auditor-attested accounts (grant above the limit, seed 003 section 3, 2024). */
export function needsAuditorAttestation(plan: Pick<ProjectPlan, 'grant'>, rules: PlanRules = planRules()): boolean {
  const grant = grantOf(plan);
  return grant !== null && grant > rules.auditor.limit;
}

/** User text quoted in a finding: enough to find it in the plan, not the whole paragraph. */
const quote = (text: string) => shorten(text.replace(/\s+/gu, ' ').trim() || '…', 80);

const pct = (n: number) => `${(Math.round(n * 10) / 10).toString().replace('.', ',')} %`;

/** Every finding on the plan: errors first, then advice, each in the plan's order. */
/**
 * `today` (the network's day) also checks the milestones' dates against the ten-year rule; without it
 * (the command-line check) that check is left out.
 */
export function checkPlan(
  plan: ProjectPlan,
  rules: PlanRules = planRules(),
  today: LocalDate | null = null,
): Finding[] {
  const out: Finding[] = [];
  const add = (rule: string, severity: Severity, message: string, source: Parameters<typeof citation>[0]) =>
    out.push({ rule, severity, message, source: citation(source) });

  const services = participatingServices(plan);
  if (services.length < rules.minServices.count)
    add(RULES.services, 'error', t.servicesTooFew(services.length, rules.minServices.count), rules.minServices.source);

  if (plan.types.length === 0) add(RULES.typeNone, 'error', t.typeNone, rules.projectType);
  else if (plan.types.length > 1) add(RULES.typeBoth, 'error', t.typeBoth, rules.projectType);

  const lines = plan.budget.lines;
  const sum = budgetSum(plan.budget);
  if (!lines.length) add(RULES.budgetMissing, 'error', t.budgetMissing, rules.budget);
  for (const l of lines)
    if (l.amount === null && l.amountText.trim())
      add(RULES.budgetUnread, 'error', t.budgetUnread(quote(l.description), quote(l.amountText)), rules.budget);
  if (lines.length) {
    const stated = plan.budget.statedTotal;
    // An empty «Sum kostnader» is no error: the sum is the lines' (the export writes it in).
    if (stated !== null && stated !== sum)
      add(
        RULES.budgetSum,
        'error',
        t.budgetSumWrong(formatKroner(stated), formatKroner(sum), formatKroner(Math.abs(stated - sum))),
        rules.budget,
      );
  }

  const overhead = lines.filter((l) => l.overhead).reduce((s, l) => s + (l.amount ?? 0), 0);
  const grant = grantOf(plan);
  const base = grant ?? (sum > 0 ? sum : null);
  if (overhead > 0 && base !== null && overhead * 100 > base * rules.overhead.percent) {
    const baseKind =
      plan.grant.received !== null
        ? t.baseGrantReceived
        : plan.grant.applied !== null
          ? t.baseGrantApplied
          : t.baseBudget;
    const limit = `${rules.overhead.percent} % (${formatKroner(Math.floor((base * rules.overhead.percent) / 100))})`;
    add(
      RULES.overhead,
      'error',
      t.overheadTooHigh(formatKroner(overhead), pct((overhead * 100) / base), limit, formatKroner(base), baseKind),
      rules.overhead.source,
    );
  }

  for (const { subGoal, milestone } of milestonesOf(plan)) {
    const activity = quote(milestone.activity);
    if (!milestone.owner.trim())
      add(RULES.milestoneOwner, 'error', t.milestoneOwner(quote(subGoal.goal), activity), rules.owner);
    if (!milestone.when.trim() && !milestone.due)
      add(RULES.milestoneDate, 'error', t.milestoneDate(quote(subGoal.goal), activity), rules.when);
  }

  const goal = plan.mainGoal.trim();
  if (!goal) add(RULES.mainGoalMissing, 'error', t.mainGoalMissing, rules.mainGoal);

  if (grant !== null && needsAuditorAttestation(plan, rules))
    add(
      RULES.auditor,
      'advice',
      t.auditor(formatKroner(grant), formatKroner(rules.auditor.limit)),
      rules.auditor.source,
    );
  if (goal) {
    const n = sentenceCount(goal);
    if (n > 1) add(RULES.mainGoalSentences, 'advice', t.mainGoalSentences(n), rules.mainGoal);
    const word = notPresentTense(goal);
    if (word) add(RULES.mainGoalTense, 'advice', t.mainGoalTense(word), rules.mainGoal);
    if (notObservable(goal)) add(RULES.mainGoalObservable, 'advice', t.mainGoalObservable, rules.mainGoal);
  }
  for (const { milestone } of milestonesOf(plan)) {
    if (milestone.when.trim() && !milestone.due)
      add(
        RULES.milestoneDateUnread,
        'advice',
        t.milestoneDateUnread(quote(milestone.activity), quote(milestone.when)),
        rules.when,
      );
    // Review s15 #7: «des 9999» made a deadline; it gets none (milestones.ts), and the check says why.
    if (milestone.due && today && tooFarAhead(milestone.due, today, milestone.when))
      add(
        RULES.milestoneDateFar,
        'error',
        t.milestoneDateFar(quote(milestone.activity), quote(milestone.when), MAX_YEARS_AHEAD),
        rules.when,
      );
  }
  return out;
}
