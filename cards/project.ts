import type { AdaptiveCard } from '../src/conversation/types.ts';
import { projectText as t, projectTypeNames } from '../src/i18n/projects.ts';
import { formatKroner } from '../src/projects/amounts.ts';
import type { Finding } from '../src/projects/plan-check.ts';
import { budgetSum, milestonesOf, type Project, type ProjectPlan } from '../src/projects/project.ts';
import { renderCard } from './render.ts';
import { fitList, moreLine } from './fit.ts';

export function typeLabel(plan: Pick<ProjectPlan, 'types'>): string {
  if (plan.types.length === 1) return projectTypeNames[plan.types[0]!];
  return plan.types.length ? t.typeBoth : t.typeNone;
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const title = (p: Project) => cut(`${p.id} · ${p.plan.name || t.untitled}`, 200);
/** Lines a card shows of one list: a plan far beyond the template still fits a Teams message; the .docx has it all. */
const SHOWN = 12;
/** Findings on one card; the CLI and a fixed plan show the rest. */
const FINDINGS_SHOWN = 30;
const capped = (lines: string[]) =>
  lines.length > SHOWN ? [...lines.slice(0, SHOWN), `… (+${lines.length - SHOWN})`] : lines;
const or = (v: string) => v.trim() || t.card.notFilled;
const counts = (findings: Finding[]) => ({
  errors: findings.filter((f) => f.severity === 'error').length,
  advice: findings.filter((f) => f.severity === 'advice').length,
});

/** The plan in the template's order, short enough for a card, with the steps to fill it in. */
export function projectCard(
  p: Project,
  opts: { findings: Finding[]; downloadUrl: string; notice?: string },
): AdaptiveCard {
  const plan = p.plan;
  const c = t.card;
  const overhead = plan.budget.lines.filter((l) => l.overhead).reduce((s, l) => s + (l.amount ?? 0), 0);
  const { errors, advice } = counts(opts.findings);
  return renderCard('project', {
    heading: title(p),
    subtitle: `${typeLabel(plan)} · ${c.origin[p.origin]}`,
    notice: opts.notice ?? '',
    facts: [
      { title: c.applicant, value: or(cut(plan.applicant, 300)) },
      { title: c.municipalities, value: or(cut(plan.municipalities.join(', '), 400)) },
      {
        title: c.leader,
        value: or(cut([plan.leader?.name, plan.leader?.municipality].filter(Boolean).join(', '), 300)),
      },
      {
        title: c.steeringGroup,
        value: or(cut(c.members(plan.steeringGroup.length, plan.steeringGroup.map((m) => m.name).join(', ')), 400)),
      },
      {
        title: c.projectGroup,
        value: or(
          cut(
            c.members(
              plan.projectGroup.length,
              plan.projectGroup.map((m) => c.boughtOut(m.name, m.boughtOut)).join(', '),
            ),
            400,
          ),
        ),
      },
      { title: c.competence, value: or(cut(plan.competence.split('\n')[0] ?? '', 300)) },
      { title: c.background, value: or(cut(plan.background.split('\n')[0] ?? '', 300)) },
      { title: c.mainGoal, value: or(cut(plan.mainGoal, 600)) },
      {
        title: c.successCriteria,
        value: or(cut(c.members(plan.successCriteria.length, plan.successCriteria.join('; ')), 400)),
      },
      {
        title: c.obstacles,
        value: or(cut(c.members(plan.obstacles.length, plan.obstacles.map((o) => o.obstacle).join('; ')), 400)),
      },
      { title: c.furtherWork, value: or(cut(plan.furtherWork.split('\n')[0] ?? '', 300)) },
      { title: c.grant, value: plan.grant.applied !== null ? formatKroner(plan.grant.applied) : c.notFilled },
      // Only once entered: before Statsforvalteren has decided there is nothing to fill in yet.
      ...(plan.grant.received !== null ? [{ title: c.received, value: formatKroner(plan.grant.received) }] : []),
    ],
    labels: { subGoals: c.subGoals, noSubGoals: c.noSubGoals, budget: c.budget },
    subGoals: [
      ...plan.subGoals.slice(0, SHOWN).map((g, i) => ({
        goal: cut(`${i + 1} ${g.goal || c.notFilled}`, 200),
        milestones: g.milestones.length
          ? capped(
              g.milestones.map(
                (m) => `- ${cut(c.milestone(cut(m.activity, 120), cut(m.owner, 60), m.when || m.due || ''), 220)}`,
              ),
            ).join('\n')
          : c.noMilestones,
      })),
      ...(plan.subGoals.length > SHOWN
        ? [{ goal: `… (+${plan.subGoals.length - SHOWN})`, milestones: c.moreInDocx }]
        : []),
    ],
    budget: plan.budget.lines.length
      ? [
          ...capped(
            plan.budget.lines.map(
              (l) =>
                `- ${cut(c.budgetLine(l.description, l.amount !== null ? formatKroner(l.amount) : l.amountText), 160)}`,
            ),
          ),
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

export function projectListCard(
  networkId: string,
  projects: { project: Project; findings: Finding[] }[],
): AdaptiveCard {
  const rows = projects.map(({ project, findings }) => {
    const { errors, advice } = counts(findings);
    return {
      id: project.id,
      title: title(project),
      line: t.listLine(typeLabel(project.plan), milestonesOf(project.plan).length, errors, advice),
    };
  });
  return fitList(rows.length, (shown) =>
    renderCard('project-list', {
      heading: t.listHeading,
      show: t.show,
      networkId,
      projects: rows.slice(0, shown),
      more: moreLine(rows.length - shown),
    }),
  );
}

export function projectCheckCard(p: Project, findings: Finding[]): AdaptiveCard {
  const { errors, advice } = counts(findings);
  return renderCard('project-check', {
    heading: t.checkHeading(p.id, cut(p.plan.name || t.untitled, 120)),
    summary: t.checkSummary(errors, advice),
    findings: [
      ...findings.slice(0, FINDINGS_SHOWN).map((f) => ({
        label: f.severity === 'error' ? t.errorLabel : t.adviceLabel,
        color: f.severity === 'error' ? 'Attention' : 'Warning',
        message: f.message,
        source: t.sourceLabel(f.source),
      })),
      ...(findings.length > FINDINGS_SHOWN
        ? [{ label: `… (+${findings.length - FINDINGS_SHOWN})`, color: 'Default', message: t.moreFindings, source: '' }]
        : []),
    ],
    back: t.actions.cancel,
    id: p.id,
    networkId: p.networkId,
  });
}
