// `milepæler [U1]`: the plan's milestones made into deadlines (again, if the plan changed) and listed
// with owner, date and where each stands.
import type { Services } from '../app/services.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { milestoneListText as t } from '../i18n/index.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { milestoneStatuses, type MilestoneStatus } from './follow-up.ts';
import { projectToList } from './follow-up-projects.ts';
import { milestoneDeadlines, syncMilestoneDeadlines } from './milestones.ts';
import { milestoneOffDayNote } from './milestone-off-day.ts';
import { milestonesOf } from './project.ts';
import { networkHere } from '../conversation/network.ts';

export function statusText(st: MilestoneStatus | undefined): string {
  switch (st?.kind) {
    case 'delivered':
      return t.status.delivered(st.on ? formatShort(st.on) : '');
    case 'on-track':
      return t.status.onTrack(formatShort(st.answer.answeredAt.slice(0, 10)));
    case 'off-track':
      return t.status.offTrack(formatShort(st.answer.answeredAt.slice(0, 10)), st.answer.whatHappened);
    case 'not-due':
      return t.status.notDue;
    case 'no-date':
      return t.status.noDate;
    default:
      return t.status.unanswered;
  }
}

export async function listMilestones(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const words = { none: t.noProjects, which: t.whichProject, unknown: t.unknownProject };
  const chosen = await projectToList(s, network, args, words);
  if ('problem' in chosen) return [text(chosen.problem)];
  const project = chosen.project;
  const sync = await syncMilestoneDeadlines(s, project, ctx.actor);
  const today = localDateOf(s.clock.now(), s.config.timezone);
  const statuses = await milestoneStatuses(s, project, today);
  const deadlines = await milestoneDeadlines(s, project);
  const rows = milestonesOf(project.plan).map(({ subGoal, milestone: m }) => {
    const d = deadlines.get(m.id);
    const row = t.row(
      subGoal.id,
      m.id,
      m.activity,
      m.owner,
      m.due ? formatShort(m.due) : m.when,
      d?.id ?? null,
      statusText(statuses.get(m.id)),
    );
    // Due on a day off: said on the row, by the deadlines' rule (N20).
    const offDay = m.due && statuses.get(m.id)?.kind !== 'delivered' ? milestoneOffDayNote(m.due, 'row') : null;
    return offDay ? `${row} · ${offDay}` : row;
  });
  if (!rows.length) return [text(t.none(project.id))];
  const summary = t.synced(
    sync.created.length,
    sync.moved.length,
    sync.skipped.filter((x) => x.reason === 'no-date').length,
    sync.skipped.filter((x) => x.reason === 'past').length,
    sync.retired.length,
  );
  return [text(`${t.title(project.id, project.plan.name)}\n\n${rows.join('\n')}\n\n${summary}`)];
}
