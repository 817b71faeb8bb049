// The yearly report draft (due 1 March the year after, seed 000 2022): built from the plan, the
// minutes' decisions, the milestones' status, the experience log and the budget, with the checklist
// (auditor-attested accounts when the grant is above 200 000 kr, seed 003 section 3, 2024).
import { reportText as t } from '../i18n/index.ts';
import { formatShort } from '../time/local-date.ts';
import { formatKroner } from './amounts.ts';
import type { Experience } from './follow-up-repository.ts';
import type { MilestoneStatus } from './follow-up.ts';
import { EXPERIENCE_KINDS } from './follow-up-repository.ts';
import { grantOf } from './plan-check.ts';
import { budgetSum, milestonesOf, projectType, type Project } from './project.ts';
import { missingFields, sourceOf, type Draft, type DraftBlock } from './report-draft.ts';

export interface ReportInput {
  project: Project;
  networkName: string;
  year: number;
  today: string;
  statuses: ReadonlyMap<string, MilestoneStatus>;
  /** Decisions in the minutes of the year's meetings, oldest first. */
  decisions: readonly { date: string; text: string }[];
  experiences: readonly Experience[];
  /** From the plan check's rule: the grant is above the auditor limit. */
  needsAuditor: boolean;
  auditorLimit: number;
  /** Milestone status as words (the same the `milepæler` list uses). */
  statusText: (st: MilestoneStatus | undefined) => string;
}

/** The year a report is being written for on `today`: until 1 March, the year before. */
export function reportYear(today: string): number {
  const y = Number(today.slice(0, 4));
  return today.slice(5) < '03-01' ? y - 1 : y;
}

const orNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

export function buildReport(r: ReportInput): Draft {
  const p = r.project.plan;
  const type = projectType(p);
  const grant = grantOf(p);
  const milestones = milestonesOf(p);
  const blocks: DraftBlock[] = [];
  const h1 = (text: string) => blocks.push({ kind: 'heading', text, level: 1 });
  const h2 = (text: string) => blocks.push({ kind: 'heading', text, level: 2 });
  const field = (label: string, value: string | null) => blocks.push({ kind: 'field', label, value });

  h1(t.about);
  field(t.fields.network, orNull(p.networkName) ?? orNull(r.networkName));
  field(t.fields.project, orNull(p.name));
  field(t.fields.type, type ? t.types[type] : null);
  field(t.fields.applicant, orNull(p.applicant));
  field(t.fields.municipalities, orNull(p.municipalities.join(', ')));
  field(
    t.fields.leader,
    p.leader && p.leader.name.trim() ? [p.leader.name, p.leader.municipality].filter((x) => x.trim()).join(', ') : null,
  );
  field(t.fields.competence, orNull(p.competence));
  field(t.fields.grantReceived(r.year), p.grant.received !== null ? formatKroner(p.grant.received) : null);

  h1(t.goals);
  field(t.fields.mainGoal, orNull(p.mainGoal));
  if (milestones.length) {
    blocks.push({
      kind: 'table',
      header: t.milestoneHeader,
      rows: milestones.map(({ subGoal, milestone: m }) => [
        `${subGoal.id}: ${subGoal.goal}`,
        `${m.id}: ${m.activity}`,
        m.owner || t.notSet,
        m.due ? formatShort(m.due) : m.when || t.notSet,
        r.statusText(r.statuses.get(m.id)),
      ]),
    });
    const count = (k: MilestoneStatus['kind']) =>
      milestones.filter(({ milestone: m }) => r.statuses.get(m.id)?.kind === k).length;
    blocks.push({
      kind: 'paragraph',
      text: t.milestoneSummary(
        milestones.length,
        count('delivered'),
        count('on-track'),
        count('off-track'),
        count('unanswered'),
      ),
    });
  } else field(t.fields.milestones, null);
  const offTrack = milestones.flatMap(({ milestone: m }) => {
    const st = r.statuses.get(m.id);
    return st?.kind === 'off-track'
      ? [t.offTrackLine(m.id, m.activity, formatShort(st.answer.answeredAt.slice(0, 10)), st.answer.whatHappened)]
      : [];
  });
  if (offTrack.length) {
    h2(t.deviations);
    blocks.push({ kind: 'bullets', items: offTrack });
  }
  // The plan's own yardsticks, next to the assessment they are for.
  if (p.successCriteria.length) {
    h2(t.successCriteria);
    blocks.push({ kind: 'bullets', items: p.successCriteria });
  }
  if (p.obstacles.length) {
    h2(t.obstacles);
    blocks.push({ kind: 'bullets', items: p.obstacles.map((o) => t.obstacleLine(o.obstacle, o.measure)) });
  }
  field(t.fields.assessment, null);

  h1(t.decisions(r.year));
  if (r.decisions.length)
    blocks.push({ kind: 'bullets', items: r.decisions.map((d) => `${formatShort(d.date)}: ${d.text}`) });
  else blocks.push({ kind: 'paragraph', text: t.noDecisions(r.year) });

  h1(t.experience);
  if (r.experiences.length) {
    for (const k of EXPERIENCE_KINDS) {
      const of = r.experiences.filter((e) => e.kind === k);
      h2(t.kindTitle[k]!);
      blocks.push(
        of.length ? { kind: 'bullets', items: of.map((e) => e.text) } : { kind: 'paragraph', text: t.noneOfKind },
      );
    }
  } else field(t.fields.experience, null);

  h1(t.budget);
  const lines = p.budget.lines;
  if (lines.length) {
    blocks.push({
      kind: 'table',
      header: t.budgetHeader,
      rows: [
        ...lines.map((l) => [
          // Marked once: a line the plan already calls «… (overhead)» is not marked again.
          l.description + (l.overhead && !/overhead/iu.test(l.description) ? ` ${t.overheadMark}` : ''),
          l.amount !== null
            ? formatKroner(l.amount)
            : l.amountText.trim()
              ? t.amountUnread(l.amountText.trim())
              : t.notSet,
          t.toFill,
        ]),
        [
          t.sum,
          // The lines' sum; when the plan states another, both, so neither is taken for the other.
          p.budget.statedTotal !== null && p.budget.statedTotal !== budgetSum(p.budget)
            ? t.sumDiffers(formatKroner(budgetSum(p.budget)), formatKroner(p.budget.statedTotal))
            : formatKroner(budgetSum(p.budget)),
          t.toFill,
        ],
      ],
    });
  } else field(t.fields.budget, null);
  field(t.fields.accounts, null);
  field(t.fields.unused, null);

  h1(t.further);
  field(t.fields.furtherWork, orNull(p.furtherWork));

  h1(t.checklistTitle);
  const checklist: { text: string; source: string }[] = [
    { text: t.check.deadline(r.year + 1), source: sourceOf('ov-rapportering') },
    { text: t.check.template, source: sourceOf('ov-rapportering-innhold') },
    { text: t.check.accounts, source: sourceOf('ov-rapportering-innhold') },
    grant === null
      ? { text: t.check.auditorUnknown(formatKroner(r.auditorLimit)), source: sourceOf('rf-revisor') }
      : r.needsAuditor
        ? { text: t.check.auditor(formatKroner(grant), formatKroner(r.auditorLimit)), source: sourceOf('rf-revisor') }
        : {
            text: t.check.noAuditor(formatKroner(grant), formatKroner(r.auditorLimit)),
            source: sourceOf('rf-revisor'),
          },
    { text: t.check.usedFor, source: sourceOf('rf-rapportering-innhold') },
    { text: t.check.unused, source: sourceOf('rf-tilbakebetaling-laering') },
  ];
  blocks.push({ kind: 'checklist', items: checklist });

  return {
    title: t.title(r.year, p.name),
    subtitle: t.subtitle(formatShort(r.today), r.project.id, `${r.year + 1}`),
    blocks,
    missing: missingFields(blocks),
    notes: p.grant.received === null ? [t.receivedHow(r.project.id)] : [],
    fileName: `rapport-${r.year}-${r.project.id}`,
  };
}
