// A plan's milestones become the network's deadlines (issue #17 item 4): each one with a date gets a
// deadline through the deadlines feature's own store and nudge planning, linked back by its origin
// `milestone:<project>:<milestone>`, so a changed plan moves its deadline instead of adding a second.
import type { Services } from '../app/services.ts';
import type { Deadline, NewDeadline } from '../deadlines/deadline.ts';
import { keyPrefix, planDeadlineNudges } from '../deadlines/nudges.ts';
import { milestoneDeadlineText as t } from '../i18n/index.ts';
import type { Person } from '../networks/network.ts';
import { localDateOf } from '../time/local-date.ts';
import { tooFarAhead } from '../time/norwegian-date.ts';
import { milestonesOf, type Milestone, type Project, type SubGoal } from './project.ts';

export const milestoneOrigin = (projectId: string, milestoneId: string) => `milestone:${projectId}:${milestoneId}`;

/** `milestone:U1:m3` → U1, m3; null for any other origin. */
export function milestoneOfOrigin(origin: string | null): { projectId: string; milestoneId: string } | null {
  const m = /^milestone:(U\d+):(m\d+)$/.exec(origin ?? '');
  return m ? { projectId: m[1]!, milestoneId: m[2]! } : null;
}

/** What the deadline says: the milestone, its owner (a name or a municipality from the plan), where it comes from. */
export function milestoneDeadlineFields(
  project: Project,
  subGoal: SubGoal,
  milestone: Milestone,
): Pick<NewDeadline, 'title' | 'source' | 'checklist'> {
  return {
    title: t.title(project.id, milestone.id, milestone.activity, milestone.owner).slice(0, 200),
    source: t.source(project.id, project.plan.name, subGoal.id, subGoal.goal, milestone.partner).slice(0, 300),
    checklist: milestone.checkpoint.trim() ? [milestone.checkpoint.trim().slice(0, 500)] : [],
  };
}

export interface MilestoneSync {
  created: Deadline[];
  moved: Deadline[];
  unchanged: Deadline[];
  /** Milestones that got no deadline, and why. */
  skipped: { milestone: Milestone; reason: 'no-date' | 'past' | 'awaiting' | 'too-far' }[];
  /** Open deadlines of milestones the plan no longer has: closed, their nudges stopped. */
  retired: Deadline[];
}

/**
 * Makes the network's deadlines follow the plan's milestones. Idempotent: run it after an import, an
 * edit on the cards, or from `milepæler`. A milestone already delivered («Levert») is left alone; a
 * date already passed when the milestone is first seen gets no deadline (nothing to nudge about),
 * but still shows under «Følger vi planen?».
 */
export async function syncMilestoneDeadlines(s: Services, project: Project, by: Person): Promise<MilestoneSync> {
  const now = s.clock.now();
  const today = localDateOf(now, s.config.timezone);
  const out: MilestoneSync = { created: [], moved: [], unchanged: [], skipped: [], retired: [] };
  for (const { subGoal, milestone } of milestonesOf(project.plan)) {
    // A member's date waits for a leader (N18): no deadline yet, and one it had keeps its date.
    if (milestone.awaiting) {
      out.skipped.push({ milestone, reason: 'awaiting' });
      continue;
    }
    // Review s15 #7: the ten-year rule every typed date keeps; a plan's «des 9999» neither makes nor moves a
    // deadline (a yearly roll from it would reach year 10000). The plan check names it.
    if (milestone.due && tooFarAhead(milestone.due, today, milestone.when)) {
      out.skipped.push({ milestone, reason: 'too-far' });
      continue;
    }
    const origin = milestoneOrigin(project.id, milestone.id);
    const existing = await s.store.deadlines.findByOrigin(project.tenantId, project.networkId, origin);
    const fields = milestoneDeadlineFields(project, subGoal, milestone);
    if (existing) {
      const same =
        existing.date === milestone.due &&
        existing.title === fields.title &&
        existing.source === fields.source &&
        existing.checklist.join('\n') === fields.checklist.join('\n');
      if (existing.status === 'done' || same || !milestone.due) {
        out.unchanged.push(existing);
        continue;
      }
      const d = (await s.store.deadlines.update(
        existing.tenantId,
        existing.networkId,
        existing.id,
        { ...fields, kind: existing.kind, date: milestone.due, yearly: false, origin },
        now,
      ))!;
      await s.store.jobs.cancel(d.tenantId, d.networkId, keyPrefix(d));
      await planDeadlineNudges(s, d, now);
      out.moved.push(d);
      continue;
    }
    if (!milestone.due) {
      out.skipped.push({ milestone, reason: 'no-date' });
      continue;
    }
    if (milestone.due < today) {
      out.skipped.push({ milestone, reason: 'past' });
      continue;
    }
    const d = await s.store.deadlines.create({
      tenantId: project.tenantId,
      networkId: project.networkId,
      ...fields,
      kind: 'egen',
      date: milestone.due,
      time: '23:59',
      scope: 'network',
      statsforvalter: null,
      origin,
      yearly: false,
      createdBy: by,
      createdAt: now.toISOString(),
    });
    await planDeadlineNudges(s, d, now);
    out.created.push(d);
  }
  // A milestone taken out of the plan must not go on nudging: its deadline is closed, saying why.
  const kept = new Set(milestonesOf(project.plan).map((x) => x.milestone.id));
  for (const d of await s.store.deadlines.listOpen(project.tenantId, project.networkId)) {
    const link = milestoneOfOrigin(d.origin);
    if (!link || link.projectId !== project.id || kept.has(link.milestoneId)) continue;
    await s.store.jobs.cancel(d.tenantId, d.networkId, keyPrefix(d));
    await s.store.deadlines.update(
      d.tenantId,
      d.networkId,
      d.id,
      {
        title: t.retiredTitle(d.title).slice(0, 200),
        kind: d.kind,
        date: d.date,
        source: d.source,
        checklist: d.checklist,
        yearly: false,
        origin: d.origin,
      },
      now,
    );
    out.retired.push((await s.store.deadlines.markDone(d.tenantId, d.networkId, d.id, by, now))!);
  }
  return out;
}

/** Every milestone deadline of a project, by milestone id. */
export async function milestoneDeadlines(s: Services, project: Project): Promise<Map<string, Deadline>> {
  const out = new Map<string, Deadline>();
  for (const { milestone } of milestonesOf(project.plan)) {
    const d = await s.store.deadlines.findByOrigin(
      project.tenantId,
      project.networkId,
      milestoneOrigin(project.id, milestone.id),
    );
    if (d) out.set(milestone.id, d);
  }
  return out;
}

/**
 * At start-up every project's milestones are brought in as deadlines: a plan imported by an operator
 * (`npm run plan -- import`, which has no scheduler to plan nudges with) gets its deadlines and
 * nudges when the bot next starts, and a changed rule reaches old plans.
 */
export async function syncAllMilestoneDeadlines(s: Services): Promise<number> {
  let created = 0;
  for (const network of await s.store.networks.listActive()) {
    // One network's unreadable plan must not keep the others' deadlines back, nor the bot from starting.
    try {
      for (const project of await s.store.projects.list(network.tenantId, network.networkId)) {
        if (!milestonesOf(project.plan).length) continue;
        created += (await syncMilestoneDeadlines(s, project, project.createdBy)).created.length;
      }
    } catch (err) {
      s.log.warn(
        { err: { message: (err as Error).message }, networkId: network.networkId },
        'could not bring in milestone deadlines',
      );
    }
  }
  return created;
}
