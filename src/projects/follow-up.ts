// «Følger vi planen?» (seed 000): the milestones due since the last meeting, the answers given to it
// in meetings, and each milestone's status for the report. The answers live in the minutes as notes;
// an answer counts only while its note stands in the meeting's log (not undone, not removed).
import type { Services } from '../app/services.ts';
import { planAnswerText as t } from '../i18n/index.ts';
import { effectiveEntries, entrySchema } from '../meetings/log.ts';
import type { Network } from '../networks/network.ts';
import type { PlanAnswer } from './follow-up-repository.ts';
import { milestoneDeadlines } from './milestones.ts';
import { milestonesOf, type Milestone, type Project, type SubGoal } from './project.ts';

export interface ProjectMilestone {
  project: Project;
  subGoal: SubGoal;
  milestone: Milestone;
}

/** Milestones with a date after `fromExclusive` (none: from the start) up to and including `toInclusive`. */
export function dueBetween(
  projects: readonly Project[],
  fromExclusive: string | null,
  toInclusive: string,
): ProjectMilestone[] {
  return projects
    .flatMap((project) => milestonesOf(project.plan).map((x) => ({ project, ...x })))
    .filter(
      ({ milestone: m }) => m.due !== null && m.due <= toInclusive && (fromExclusive === null || m.due > fromExclusive),
    )
    .sort(
      (a, b) =>
        a.milestone.due!.localeCompare(b.milestone.due!) ||
        a.project.id.localeCompare(b.project.id, 'nb', { numeric: true }),
    );
}

/**
 * The answers whose note still stands in its meeting's minutes, oldest first. A note corrected with
 * `rett referat` gives its corrected words as what happened: the minutes are what was agreed.
 */
export async function standingAnswers(
  s: Services,
  tenantId: string,
  networkId: string,
  projectId: string | null,
): Promise<PlanAnswer[]> {
  const answers = await s.store.projectFollow.answers(tenantId, networkId, projectId);
  const live = new Map<string, Map<string, string>>();
  const corrected = new Set<string>();
  for (const meetingId of new Set(answers.map((a) => a.meetingId))) {
    const log = (await s.store.meetings.entries(tenantId, networkId, meetingId)).map((e) => entrySchema.parse(e));
    for (const e of log) if (e.kind === 'correction') corrected.add(e.target);
    live.set(meetingId, new Map(effectiveEntries(log).map((e) => [e.id, 'text' in e ? e.text : ''])));
  }
  return answers.flatMap((a) => {
    const note = live.get(a.meetingId)?.get(a.entryId);
    if (note === undefined) return [];
    if (!corrected.has(a.entryId)) return [a];
    return [{ ...a, whatHappened: t.noteBody(note) }];
  });
}

/**
 * What «Følger vi planen?» asks about before or in a meeting on `date`: milestones due after the last
 * ended meeting up to `date`. With no meeting before, every milestone already due that has no answer.
 */
export async function dueSinceLastMeeting(
  s: Services,
  network: Pick<Network, 'tenantId' | 'networkId'>,
  date: string,
  /** The meeting asking: what it answered itself still counts as due in it. */
  meetingId: string | null = null,
): Promise<{ since: string | null; due: ProjectMilestone[] }> {
  const projects = await s.store.projects.list(network.tenantId, network.networkId);
  if (!projects.length) return { since: null, due: [] };
  const ended = await s.store.meetings.ended(network.tenantId, network.networkId, 5);
  const previous = ended.find((m) => m.date < date) ?? null;
  if (previous) return { since: previous.date, due: dueBetween(projects, previous.date, date) };
  const answered = new Set(
    (await standingAnswers(s, network.tenantId, network.networkId, null))
      .filter((a) => a.meetingId !== meetingId)
      .map((a) => `${a.projectId}:${a.milestoneId}`),
  );
  return {
    since: null,
    due: dueBetween(projects, null, date).filter((x) => !answered.has(`${x.project.id}:${x.milestone.id}`)),
  };
}

export type MilestoneStatus =
  | { kind: 'on-track'; answer: PlanAnswer }
  | { kind: 'off-track'; answer: PlanAnswer }
  | { kind: 'delivered'; on: string }
  | { kind: 'not-due' }
  | { kind: 'unanswered' }
  | { kind: 'no-date' };

/**
 * Where each milestone stands: «Levert» on its deadline, else the last answer in a meeting, else
 * whether it is still ahead. `today` decides what is due.
 */
export async function milestoneStatuses(
  s: Services,
  project: Project,
  today: string,
): Promise<Map<string, MilestoneStatus>> {
  const answers = await standingAnswers(s, project.tenantId, project.networkId, project.id);
  const deadlines = await milestoneDeadlines(s, project);
  const out = new Map<string, MilestoneStatus>();
  for (const { milestone } of milestonesOf(project.plan)) {
    const last = answers.filter((a) => a.milestoneId === milestone.id).at(-1);
    const d = deadlines.get(milestone.id);
    if (d?.status === 'done') out.set(milestone.id, { kind: 'delivered', on: (d.doneAt ?? '').slice(0, 10) });
    else if (last) out.set(milestone.id, { kind: last.answer === 'yes' ? 'on-track' : 'off-track', answer: last });
    else if (!milestone.due) out.set(milestone.id, { kind: 'no-date' });
    else if (milestone.due > today) out.set(milestone.id, { kind: 'not-due' });
    else out.set(milestone.id, { kind: 'unanswered' });
  }
  return out;
}
