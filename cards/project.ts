import type { AdaptiveCard } from '../src/conversation/types.ts';
import { projectText as t, projectTypeNames } from '../src/i18n/projects.ts';
import { formatKroner } from '../src/projects/amounts.ts';
import type { Finding } from '../src/projects/plan-check.ts';
import { budgetSum, milestonesOf, type Project, type ProjectPlan } from '../src/projects/project.ts';
import { renderCard } from './render.ts';

export function typeLabel(plan: Pick<ProjectPlan, 'types'>): string {
  if (plan.types.length === 1) return projectTypeNames[plan.types[0]!];
  return plan.types.length ? t.typeBoth : t.typeNone;
}

const title = (p: Project) => `${p.id} · ${p.plan.name || t.untitled}`;
const or = (v: string) => v.trim() || t.card.notFilled;
const counts = (findings: Finding[]) => ({ errors: findings.filter((f) => f.severity === 'error').length, advice: findings.filter((f) => f.severity === 'advice').length });

/** The plan in the template's order, short enough for a card, with the steps to fill it in. */
export function projectCard(p: Project, opts: { findings: Finding[]; downloadUrl: string; notice?: string }): AdaptiveCard {
  const plan = p.plan;
  const c = t.card;
  const overhead = plan.budget.lines.filter((l) => l.overhead).reduce((s, l) => s + (l.amount ?? 0), 0);
  const { errors, advice } = counts(opts.findings);
  return renderCard('project', {
    heading: title(p),
    subtitle: `${typeLabel(plan)} · ${c.origin[p.origin]}`,
    notice: opts.notice ?? '',
    facts: [
      { title: c.applicant, value: or(plan.applicant) },
      { title: c.municipalities, value: or(plan.municipalities.join(', ')) },
      { title: c.leader, value: or([plan.leader?.name, plan.leader?.municipality].filter(Boolean).join(', ')) },
      { title: c.steeringGroup, value: or(c.members(plan.steeringGroup.length, plan.steeringGroup.map((m) => m.name).join(', '))) },
      { title: c.projectGroup, value: or(c.members(plan.projectGroup.length, plan.projectGroup.map((m) => c.boughtOut(m.name, m.boughtOut)).join(', '))) },
      { title: c.competence, value: or(plan.competence.split('\n')[0] ?? '') },
      { title: c.mainGoal, value: or(plan.mainGoal) },
      { title: c.grant, value: plan.grant.applied !== null ? formatKroner(plan.grant.applied) : c.notFilled },
    ],
    labels: { subGoals: c.subGoals, noSubGoals: c.noSubGoals, budget: c.budget },
    subGoals: plan.subGoals.map((g, i) => ({
      goal: `${i + 1} ${g.goal || c.notFilled}`,
      milestones: g.milestones.length ? g.milestones.map((m) => `- ${c.milestone(m.activity, m.owner, m.when || m.due || '')}`).join('\n') : c.noMilestones,
    })),
    budget: plan.budget.lines.length
      ? [
          ...plan.budget.lines.map((l) => `- ${c.budgetLine(l.description, l.amount !== null ? formatKroner(l.amount) : l.amountText)}`),
          c.budgetTotal(formatKroner(budgetSum(plan.budget)), overhead ? formatKroner(overhead) : ''),
        ].join('\n')
      : c.noBudget,
    findings: c.findings(errors, advice),
    findingsColor: errors ? 'Attention' : advice ? 'Warning' : 'Good',
    actions: t.actions,
    id: p.id,
    networkId: p.networkId,
    downloadUrl: opts.downloadUrl,
  });
}

export function projectListCard(networkId: string, projects: { project: Project; findings: Finding[] }[]): AdaptiveCard {
  return renderCard('project-list', {
    heading: t.listHeading,
    show: t.show,
    networkId,
    projects: projects.map(({ project, findings }) => {
      const { errors, advice } = counts(findings);
      return { id: project.id, title: title(project), line: t.listLine(typeLabel(project.plan), milestonesOf(project.plan).length, errors, advice) };
    }),
  });
}

export function projectCheckCard(p: Project, findings: Finding[]): AdaptiveCard {
  const { errors, advice } = counts(findings);
  return renderCard('project-check', {
    heading: t.checkHeading(p.id, p.plan.name || t.untitled),
    summary: t.checkSummary(errors, advice),
    findings: findings.map((f) => ({
      label: f.severity === 'error' ? t.errorLabel : t.adviceLabel,
      color: f.severity === 'error' ? 'Attention' : 'Warning',
      message: f.message,
      source: t.sourceLabel(f.source),
    })),
    back: t.actions.cancel,
    id: p.id,
    networkId: p.networkId,
  });
}
