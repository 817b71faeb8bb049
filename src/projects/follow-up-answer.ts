// `plan ja` / `plan nei: <hva skjedde>` in a running meeting: the answer to «Følger vi planen?» for
// each milestone due since the last meeting (or the one named), written into the minutes as a note
// under the agenda item on the projects, and kept per milestone for the report.
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { planAnswerText as t } from '../i18n/index.ts';
import { currentItem, entrySchema, type Entry } from '../meetings/log.ts';
import type { MeetingRecord } from '../meetings/repository.ts';
import { guard } from '../privacy/guard.ts';
import { deliverOrAsk } from '../deadlines/deadline-clicks.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { dueSinceLastMeeting, standingAnswers, type ProjectMilestone } from './follow-up.ts';
import { milestoneOrigin } from './milestones.ts';
import { milestonesOf, type Project } from './project.ts';
import { networkHere } from '../conversation/network.ts';

const MAX_TEXT = 2000;

export interface PlanAnswerArgs {
  projectId: string | null;
  milestoneId: string | null;
  text: string;
}

/** `U1 m3: tekst`, `m3 – tekst`, `U1:m3 tekst`, `: tekst`, `tekst`: an optional milestone, then free text. */
export function parsePlanAnswerArgs(args: string): PlanAnswerArgs {
  const m = /^\s*(?:(u\d+)\s*[:/.]?\s*)?(?:(m\d+)(?![\p{L}\d]))?/iu.exec(args)!;
  let projectId: string | null = m[1]?.toUpperCase() ?? null;
  let milestoneId: string | null = m[2]?.toLowerCase() ?? null;
  let rest = args.slice(m[0].length);
  // `U1` followed by a word is a project; `u1` glued to the text is not worth guessing about.
  if (projectId && !milestoneId && rest && !/^[\s:–—-]/u.test(rest)) {
    projectId = null;
    rest = args;
  }
  if (milestoneId && rest && !/^[\s:–—.,-]/u.test(rest)) {
    milestoneId = null;
    rest = args;
  }
  const cleaned = rest.replace(/^[\s:–—.,-]+/u, '').trim();
  return { projectId, milestoneId, text: cleaned };
}

/** The same thread compared as Teams names it: a channel thread by its root, a group chat as a whole. */
export function inMeetingThread(m: MeetingRecord, scope: RequestContext['scope']): boolean {
  if (!m.thread) return true;
  const base = (id: string) => id.split(';')[0]!;
  return (
    base(m.thread.conversationId) === base(scope.conversationId) &&
    (m.thread.threadId ?? null) === (scope.threadId ?? null)
  );
}

/** The agenda item the projects are followed up under (the standing agenda's item 4), else where the meeting is. */
export function projectsItem(m: MeetingRecord, entries: readonly Entry[], pattern: RegExp): number {
  const agenda = Array.isArray(m.agenda) ? (m.agenda as { title?: unknown }[]) : [];
  const at = agenda.findIndex((a) => typeof a.title === 'string' && pattern.test(a.title));
  return at >= 0 ? at + 1 : currentItem(entries);
}

const label = (x: ProjectMilestone) =>
  t.milestoneLabel(
    x.project.id,
    x.milestone.id,
    x.milestone.activity,
    x.milestone.due ? formatShort(x.milestone.due) : null,
  );

export async function answerPlan(
  s: Services,
  ctx: RequestContext,
  answer: 'yes' | 'no',
  args: string,
): Promise<Reply[]> {
  const network = networkHere(ctx);
  const typed = ctx.text;
  const example = answer === 'yes' ? t.exampleYes : t.exampleNo;
  const refuse = (title: string, message?: string, ex = example) => [
    card(noticeCard({ title, message, typed, example: ex, tone: 'error' })),
  ];
  const g = guard(args);
  if (!g.ok) return [text(g.message)];
  const m = await s.store.meetings.running(network.tenantId, network.networkId);
  if (!m || !inMeetingThread(m, ctx.scope))
    return [
      card(
        noticeCard({
          title: m ? t.runningElsewhere(formatShort(m.date)) : t.notRunning,
          message: m ? t.runningElsewhereHint : t.notRunningHint,
          typed,
          kept: t.notKept,
          tone: 'info',
        }),
      ),
    ];
  const parsed = parsePlanAnswerArgs(args);
  if (parsed.text.length > MAX_TEXT) return refuse(t.tooLong(parsed.text.length, MAX_TEXT));
  if (answer === 'no' && !parsed.text) return refuse(t.whatHappened);

  const projects = await s.store.projects.list(network.tenantId, network.networkId);
  if (!projects.length) return refuse(t.noProjects, undefined, t.exampleImport);
  const log = (await s.store.meetings.entries(m.tenantId, m.networkId, m.id)).map((e) => entrySchema.parse(e));
  // An example must name a milestone that exists; with none anywhere, the way to add them is the example.
  const withMilestones = projects.filter((p) => milestonesOf(p.plan).length);
  if (!withMilestones.length) return refuse(t.noMilestones(projects[0]!.id), undefined, `prosjekt ${projects[0]!.id}`);
  const exampleFor = (a: 'yes' | 'no', among: Project[] = withMilestones) => {
    const p = among.find((x) => milestonesOf(x.plan).length) ?? withMilestones[0]!;
    return t.exampleWith(a, p.id, firstMilestone(p));
  };
  const knownMilestones = (among: Project[]) =>
    among
      .filter((p) => milestonesOf(p.plan).length)
      .map(
        (p) =>
          `${p.id} ${milestonesOf(p.plan)
            .map((x) => x.milestone.id)
            .join(', ')}`,
      )
      .join('; ');

  let targets: ProjectMilestone[];
  if (parsed.milestoneId || parsed.projectId) {
    const chosen = parsed.projectId ? projects.filter((p) => p.id === parsed.projectId) : projects;
    if (!chosen.length) return refuse(t.unknownProject(parsed.projectId!, projects.map((p) => p.id).join(', ')));
    const all = chosen.flatMap((project) => milestonesOf(project.plan).map((x) => ({ project, ...x })));
    if (parsed.milestoneId) {
      targets = all.filter((x) => x.milestone.id === parsed.milestoneId);
      if (!targets.length)
        return refuse(
          t.unknownMilestone(parsed.milestoneId, parsed.projectId, knownMilestones(chosen)),
          undefined,
          exampleFor(answer, chosen),
        );
      if (targets.length > 1)
        return refuse(
          t.whichProject(parsed.milestoneId, targets.map((x) => x.project.id).join(', ')),
          undefined,
          t.exampleWith(answer, targets[0]!.project.id, parsed.milestoneId),
        );
    } else {
      // `plan ja U1`: every milestone of that project due since the last meeting.
      targets = (await dueSinceLastMeeting(s, network, m.date, m.id)).due.filter(
        (x) => x.project.id === parsed.projectId,
      );
      if (!targets.length) return refuse(t.nothingDueIn(parsed.projectId!), undefined, exampleFor(answer, chosen));
    }
  } else {
    const due = await dueSinceLastMeeting(s, network, m.date, m.id);
    // Already answered in this meeting: `plan ja` after `plan nei m2: …` covers the rest.
    const answeredHere = new Set(
      (await standingAnswers(s, m.tenantId, m.networkId, null))
        .filter((a) => a.meetingId === m.id)
        .map((a) => `${a.projectId}:${a.milestoneId}`),
    );
    const open = due.due.filter((x) => !answeredHere.has(`${x.project.id}:${x.milestone.id}`));
    if (!open.length) {
      return refuse(
        due.due.length ? t.allAnswered : t.nothingDue(due.since ? formatShort(due.since) : null),
        undefined,
        exampleFor(answer),
      );
    }
    if (answer === 'no' && open.length > 1) {
      return refuse(
        t.whichMilestone,
        open.map(label).join('\n'),
        t.exampleWith('no', open[0]!.project.id, open[0]!.milestone.id),
      );
    }
    targets = open;
  }

  const item = projectsItem(m, log, t.agendaItemPattern);
  const line = await s.store.meetings.nextEntryId(m.tenantId, m.networkId);
  const at = s.clock.now().toISOString();
  let replaced = 0;
  for (const x of targets) {
    // A changed answer replaces the one given earlier in this meeting: the minutes keep one line per
    // milestone (the earlier line is taken back the way `angre` takes lines back, so the log keeps it).
    const earlier = (await standingAnswers(s, m.tenantId, m.networkId, x.project.id)).filter(
      (a) => a.meetingId === m.id && a.milestoneId === x.milestone.id,
    );
    for (const a of earlier) {
      const undoId = await s.store.meetings.nextEntryId(m.tenantId, m.networkId);
      await s.store.meetings.append(m.tenantId, m.networkId, m.id, {
        id: undoId,
        at,
        author: ctx.actor,
        item,
        kind: 'undo',
        target: a.entryId,
        line,
      } satisfies Entry);
      replaced++;
    }
    const id = await s.store.meetings.nextEntryId(m.tenantId, m.networkId);
    const note = answer === 'yes' ? t.noteYes(label(x), parsed.text) : t.noteNo(label(x), parsed.text);
    await s.store.meetings.append(m.tenantId, m.networkId, m.id, {
      id,
      at,
      author: ctx.actor,
      item,
      kind: 'note',
      text: note,
      line,
    } satisfies Entry);
    await s.store.projectFollow.recordAnswer({
      tenantId: m.tenantId,
      networkId: m.networkId,
      projectId: x.project.id,
      milestoneId: x.milestone.id,
      meetingId: m.id,
      entryId: id,
      answer,
      whatHappened: parsed.text,
      answeredBy: ctx.actor,
      answeredAt: at,
    });
  }
  ctx.log.info({ meetingId: m.id, milestones: targets.length, answer }, 'plan follow-up recorded');
  const recorded = t.recorded(answer, item, targets.map(label));
  const follow = await followDeadlines(s, ctx, answer, targets);
  return [text([replaced ? `${recorded} ${t.replacedEarlier}` : recorded, ...follow.lines].join(' ')), ...follow.cards];
}

/**
 * Month round 15 #9: the answer and the milestone's deadline were two records the leader kept in step
 * by hand. «ja» for a milestone whose date has passed says it was reached, so its deadline is marked
 * delivered the way «levert» in words is (asked once first when that looks like a slip, e.g. a
 * checklist left half done); «ja» for one not yet due only says it is on track, so its deadline
 * stays. «nei» leaves the deadline open with its reminders, and the reply says so.
 */
async function followDeadlines(
  s: Services,
  ctx: RequestContext,
  answer: 'yes' | 'no',
  targets: ProjectMilestone[],
): Promise<{ lines: string[]; cards: Reply[] }> {
  const today = localDateOf(s.clock.now(), s.config.timezone);
  const delivered: string[] = [];
  const open: { id: string; x: ProjectMilestone }[] = [];
  const cards: Reply[] = [];
  for (const x of targets) {
    const d = await s.store.deadlines.findByOrigin(
      x.project.tenantId,
      x.project.networkId,
      milestoneOrigin(x.project.id, x.milestone.id),
    );
    if (!d || d.status !== 'open') continue;
    if (answer === 'no' || !x.milestone.due || x.milestone.due > today) {
      if (answer === 'no') open.push({ id: d.id, x });
      continue;
    }
    const r = await deliverOrAsk(s, ctx, { deadlineId: d.id, networkId: d.networkId }, 'words');
    if ('asked' in r) cards.push(card(r.asked));
    else if ('done' in r) delivered.push(d.id);
  }
  const lines: string[] = [];
  if (delivered.length) lines.push(t.deadlinesDelivered(delivered));
  if (open.length)
    lines.push(
      t.deadlinesKeptOpen(
        open.map((o) => o.id),
        t.exampleWith('yes', open[0]!.x.project.id, open[0]!.x.milestone.id),
      ),
    );
  return { lines, cards };
}

function firstMilestone(p: Project): string {
  return milestonesOf(p.plan)[0]?.milestone.id ?? 'm1';
}
