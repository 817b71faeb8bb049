import { z } from 'zod';
import { postStoredCard } from '../conversation/post-stored.ts';
import { agendaCard, type AgendaView } from '../../cards/agenda.ts';
import { minutesCard } from '../../cards/minutes.ts';
import { noticeCard } from '../../cards/notice.ts';
import { proposalCard } from '../../cards/proposal.ts';
import { taskCard, taskListCard } from '../../cards/task.ts';
import type { Services } from '../app/services.ts';
import { commandFamily, type ActionResult, type CommandSpec, type Feature } from '../commands/spec.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { common, meetingText as t, taskText } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { requireLeader } from '../networks/roles.ts';
import { guard } from '../privacy/guard.ts';
import { cancelTaskNudges } from '../tasks/nudges.ts';
import { parseAttendance } from './municipalities.ts';
import { parseItemTarget, stripEntryPunctuation } from './entry-parser.ts';
import { municipalitiesCommand } from './set-municipalities.ts';
import { correctionClick, correctionData, correctMinutes, type CorrectionDeps } from './correct-minutes.ts';
import { resendTask, taskEntry, type TaskDeps } from './record-task.ts';
import { readTaskStatus } from './task-status-phrase.ts';
import { readExperienceLine, splitExperienceLine } from './experience-line.ts';
import { addExperience } from '../projects/experience.ts';
import { chooseProject } from '../projects/follow-up-projects.ts';
import { addDays, formatLong, formatShort, localDateOf, type LocalDate } from '../time/local-date.ts';
import { parseNorwegianDate } from '../time/norwegian-date.ts';
import { planAgendaDetail } from '../projects/follow-up-agenda.ts';
import {
  currentItem,
  effectiveEntries,
  entrySchema,
  undoTargets,
  buildMinutes,
  type Entry,
  type Minutes,
} from './log.ts';
import { mountMinutesDownloads, minutesLinks } from './downloads.ts';
import { minutesChoice } from './archive.ts';
import { offScheduleStart } from './calendar-feature.ts';
import { meetingNoticeHandlers } from './notices.ts';
import {
  occurrenceNote,
  occurrenceTime,
  planNotices,
  proposalCutoff,
  replanNotices,
  seriesOf,
  upcoming,
} from './planning.ts';
import { MeetingAlreadyRunning, type AgendaProposal, type MeetingRecord } from './repository.ts';
import { parseSchedule } from './schedule-text.ts';
import { agendaSchema, checkTimeBoxes, type AgendaItem } from './standing-agenda.ts';
import { describeSeries, meetingMinutes, type Occurrence } from './series.ts';
import { planStillOpen, stillOpenHandler } from './still-open.ts';
import { taskFollowUp } from './task-follow-up.ts';
import { networkHere } from '../conversation/network.ts';

const MAX_TEXT = 2000;

/** "15.12": a date near enough that the year goes without saying. */
const dayMonth = (date: LocalDate) => `${date.slice(8, 10)}.${date.slice(5, 7)}`;

/** The monthly meeting: schedule, fixed agenda, live minutes with owners, and the minutes after. */
export function meetingsFeature(s: Services): Feature {
  const tz = () => s.config.timezone;
  const today = () => localDateOf(s.clock.now(), tz());
  // Entry ids come from the store: ids made in process memory repeated across processes and restarts.
  const newId = (n: { tenantId: string; networkId: string }) => s.store.meetings.nextEntryId(n.tenantId, n.networkId);

  // ---------- agenda ----------

  async function agendaView(network: Network, o: Occurrence): Promise<AgendaView> {
    const { series, agenda } = await seriesOf(s, network);
    const accepted = (await s.store.meetings.proposals(network.tenantId, network.networkId, o.date)).filter(
      (p) => p.status === 'accepted',
    );
    const items = withProposals(
      await agendaFor(network, agenda, o.date),
      accepted.map((p) => p.text),
    );
    // What the meeting will hold: the standing agenda and the accepted proposals, each with its time box.
    const warning = checkTimeBoxes(items, meetingMinutes(series))[0] ?? '';
    const cutoff = proposalCutoff(o.date);
    return {
      networkId: network.networkId,
      dateLabel: formatLong(o.date),
      when: `${occurrenceTime(o, tz())}${series.place ? `, ${series.place}` : ''}`,
      moved: occurrenceNote(o) ? t.agendaMoved(occurrenceNote(o)) : '',
      items,
      warning: warning ? t.timeBoxWarning(warning) : '',
      cutoff: cutoff >= today() ? t.agendaCutoff(formatShort(cutoff)) : '',
      editValue: agenda.map((i) => `${i.title} | ${i.minutes}`).join('\n'),
    };
  }

  /** The standing agenda with items 2, 3 and 5 filled from what the bot knows. */
  async function agendaFor(network: Network, agenda: AgendaItem[], date: LocalDate) {
    const open = await s.store.tasks.listOpen(network.tenantId, network.networkId);
    // Open deadlines up to 60 days after the meeting, and every passed one nobody marked «Levert»:
    // a missed deadline stays on the agenda as overdue until someone does.
    const notDelivered = s.upcomingDeadlines
      ? await s.upcomingDeadlines(network.tenantId, network.networkId, '0000-01-01', addDays(date, 60))
      : [];
    const overdue = notDelivered.filter((d) => d.date < today());
    const deadlines = notDelivered.filter((d) => d.date >= today());
    const previous = (await s.store.meetings.ended(network.tenantId, network.networkId, 1))[0];
    // Item 4 lists the development projects' milestones due since the last meeting (src/projects).
    const planLine = await planAgendaDetail(s, network, date);
    return agenda.map((item, i) => {
      let detail = item.owner ?? '';
      const add = (x: string) => (detail = detail ? `${detail} · ${x}` : x);
      if (item.fill === 'tasks')
        add(
          open.length
            ? `${t.fillTasks(open.length)}: ${open
                .slice(0, 5)
                .map((x) => `${x.id} ${x.text}`)
                .join('; ')}`
            : t.fillTasks(0),
        );
      if (item.fill === 'deadlines') {
        for (const d of overdue) add(t.fillOverdue(dayMonth(d.date), d.title));
        if (deadlines.length)
          add(
            `${t.fillDeadlines(deadlines.length)}: ${deadlines.map((d) => `${d.title} (${formatShort(d.date)})`).join('; ')}`,
          );
        else if (!overdue.length) add(t.fillDeadlines(0));
      }
      if (item.fill === 'approval') add(t.fillApproval(previous ? formatShort(previous.date) : null));
      if (item.fill === 'projects') add(planLine ?? t.fillProjects);
      if (item.fill === 'experience-log') add(t.fillLog);
      return { n: i + 1, title: item.title, detail, minutes: item.minutes };
    });
  }

  /** Accepted proposals go in before "Eventuelt" (or last), numbered with the rest. */
  function withProposals(items: AgendaView['items'], proposals: string[]): AgendaView['items'] {
    if (!proposals.length) return items;
    const at = Math.max(
      0,
      items.findIndex((i) => /eventuelt/i.test(i.title)),
    );
    const insertAt = at > 0 ? at : items.length;
    const merged = [
      ...items.slice(0, insertAt),
      ...proposals.map((p) => ({ n: 0, title: p, detail: '', minutes: 10 })),
      ...items.slice(insertAt),
    ];
    return merged.map((m, i) => ({ ...m, n: i + 1 }));
  }

  async function nextOccurrence(network: Network): Promise<Occurrence | null> {
    return (await upcoming(s, network, 1))[0] ?? null;
  }

  // ---------- running meetings ----------

  /** The same thread compared as Teams names it: a channel thread by its root, a group chat as a whole. */
  function inMeetingThread(m: MeetingRecord, scope: RequestContext['scope']): boolean {
    if (!m.thread) return true;
    const base = (id: string) => id.split(';')[0]!;
    return (
      base(m.thread.conversationId) === base(scope.conversationId) &&
      (m.thread.threadId ?? null) === (scope.threadId ?? null)
    );
  }

  async function running(ctx: RequestContext): Promise<MeetingRecord | null> {
    const n = networkHere(ctx);
    return s.store.meetings.running(n.tenantId, n.networkId);
  }

  async function log(m: MeetingRecord): Promise<Entry[]> {
    return (await s.store.meetings.entries(m.tenantId, m.networkId, m.id)).map((e) => entrySchema.parse(e));
  }

  function agendaOf(m: MeetingRecord): { title: string }[] {
    return z.array(z.object({ title: z.string() })).parse(m.agenda);
  }

  async function append(m: MeetingRecord, e: Entry): Promise<void> {
    await s.store.meetings.append(m.tenantId, m.networkId, m.id, e);
  }

  /**
   * An entry typed when no meeting runs here (none at all, or it runs in another thread) is shown
   * back with how to propose it, and not kept. Steering commands (neste, til stede, angre) mean
   * nothing outside a meeting and pass an empty `typed`.
   */
  async function keepOutsideMeeting(
    ctx: RequestContext,
    typed: string,
    elsewhere: MeetingRecord | null,
  ): Promise<Reply[]> {
    // Not kept: an agenda proposal is made on purpose with «agenda + …». The text is shown back so nothing is lost.
    const title = elsewhere ? t.runningElsewhere(formatShort(elsewhere.date)) : t.notRunning;
    const message = elsewhere ? t.runningElsewhereHint : t.notRunningHint;
    if (!typed.trim())
      return [card(noticeCard({ title, message, example: elsewhere ? '' : 'start møte', tone: 'info' }))];
    const g = guard(typed);
    if (!g.ok) return [text(g.message)];
    return [
      card(
        noticeCard({
          title,
          message,
          example: elsewhere ? '' : `agenda + ${typed.length > 60 ? `${typed.slice(0, 57)}…` : typed}`,
          typed: typed.trim(),
          kept: t.notKept,
          tone: 'info',
        }),
      ),
    ];
  }

  /** A proposal card that @mentions the leaders, who accept or decline it. */
  async function proposalForLeaders(network: Network, p: AgendaProposal): Promise<Reply> {
    const leaders = await s.store.people.listRole(network.tenantId, network.networkId, 'leader');
    return { kind: 'card', card: proposalCard(p), mentions: leaders.map((l) => ({ ...l, text: `@${l.name}` })) };
  }

  /** Common path for every entry typed during a meeting: only lines in the meeting's own thread count. */
  async function withMeeting(
    ctx: RequestContext,
    typed: string,
    fn: (m: MeetingRecord, entries: Entry[]) => Promise<Reply[]>,
  ): Promise<Reply[]> {
    const m = await running(ctx);
    if (!m || !inMeetingThread(m, ctx.scope)) return keepOutsideMeeting(ctx, typed, m);
    const replies = await fn(m, await log(m));
    return [...replies, ...(await mentionHint(ctx, m))];
  }

  /**
   * Without RSC, Teams delivers only lines that @mention the bot. The bot cannot ask Teams whether
   * the permission was granted, so it reads the sign: a line arrives in the meeting with a mention,
   * and this network has never delivered a message without one. Then it says once per meeting, in
   * the thread, that every line needs the mention. (With RSC, ordinary talk in the channel arrives
   * unmentioned soon after install, and the hint never shows.)
   */
  async function mentionHint(ctx: RequestContext, m: MeetingRecord): Promise<Reply[]> {
    if (ctx.mentionedBot === false || ctx.scope.conversationType === 'personal') return [];
    if (await s.store.meetings.unmentionedSeen(m.tenantId, m.networkId)) return [];
    if (!(await s.store.meetings.markHint(m.tenantId, m.networkId, m.id, 'needs-mention', s.clock.now()))) return [];
    return [text(t.needsMention)];
  }

  const base = async (ctx: RequestContext, entries: Entry[], m: { tenantId: string; networkId: string }) => ({
    id: await newId(m),
    at: s.clock.now().toISOString(),
    author: ctx.actor,
    item: currentItem(entries),
  });

  /** Privacy first, then length: text over the limit is refused whole, never cut, and shown back. */
  function checked(ctx: RequestContext, raw: string): { ok: true; text: string } | { ok: false; reply: Reply[] } {
    const g = guard(raw);
    if (!g.ok) return { ok: false, reply: [text(g.message)] };
    const trimmed = raw.trim();
    if (trimmed.length > MAX_TEXT) {
      return {
        ok: false,
        reply: [
          card(
            noticeCard({
              title: t.tooLongTitle,
              message: t.tooLong(trimmed.length, MAX_TEXT),
              typed: trimmed,
              tone: 'error',
            }),
          ),
        ],
      };
    }
    return { ok: true, text: trimmed };
  }

  async function startMeeting(ctx: RequestContext): Promise<Reply[]> {
    const network = networkHere(ctx);
    const refused = await requireLeader(s.store, ctx, t.startWhat);
    if (refused) return [refused];
    const { series, agenda } = await seriesOf(s, network);
    const date = today();
    const accepted = (await s.store.meetings.proposals(network.tenantId, network.networkId, date)).filter(
      (p) => p.status === 'accepted',
    );
    const items = withProposals(
      agenda.map((a, i) => ({ n: i + 1, title: a.title, detail: '', minutes: a.minutes })),
      accepted.map((p) => p.text),
    );
    try {
      const m = await s.store.meetings.start({
        tenantId: network.tenantId,
        networkId: network.networkId,
        date,
        title: network.name,
        agenda: items.map((i) => ({ title: i.title, minutes: i.minutes })),
        thread: { conversationId: ctx.scope.conversationId, threadId: ctx.scope.threadId },
        startedBy: ctx.actor,
        startedAt: s.clock.now().toISOString(),
      });
      await append(m, { ...(await base(ctx, [], m)), kind: 'start' });
      await planStillOpen(s, m, meetingMinutes(series));
      ctx.log.info({ meetingId: m.id }, 'meeting started');
      // The leader who starts sees at once when the time boxes (standing agenda and proposals) exceed the meeting.
      const over = checkTimeBoxes(items, meetingMinutes(series))[0];
      return [
        text(t.started(formatShort(date), items[0]?.title ?? '')),
        ...(over ? [text(t.timeBoxWarning(over))] : []),
        ...(await offScheduleStart(s, network, m, ctx)),
      ];
    } catch (err) {
      if (!(err instanceof MeetingAlreadyRunning)) throw err;
      const m = await running(ctx);
      return [text(t.alreadyRunning(m ? formatShort(m.date) : ''))];
    }
  }

  async function moveTo(ctx: RequestContext, target: number | 'next' | string, typed: string): Promise<Reply[]> {
    return withMeeting(ctx, typed, async (m, entries) => {
      const agenda = agendaOf(m);
      const now = currentItem(entries);
      const to = target === 'next' ? now + 1 : typeof target === 'number' ? target : NaN;
      if (target === 'next' && now >= agenda.length) return [text(t.lastItem)];
      if (!Number.isInteger(to) || to < 1 || to > agenda.length) {
        return [
          card(
            noticeCard({
              title: t.noSuchItem(String(target), agenda.length),
              message: t.noSuchItem(String(target), agenda.length),
              example: t.itemExample,
              tone: 'error',
            }),
          ),
        ];
      }
      await append(m, { ...(await base(ctx, entries, m)), kind: 'move', to });
      const replies: Reply[] = [text(t.item(to, agenda[to - 1]!.title))];
      const network = networkHere(ctx);
      // The approval item shows the last minutes; only "Godkjenn referatet" or «godkjent» approves them.
      if (to === (await approvalItem(network, m))) {
        const previous = await previousOf(m);
        if (previous && !effectiveEntries(entries).some((e) => e.kind === 'approval')) {
          replies.push(
            card(await minutesCardFor(previous, { approve: true })),
            text(t.approveHint(formatShort(previous.date))),
          );
        }
      }
      if (/oppfølging av oppgaver/i.test(agenda[to - 1]!.title)) {
        const open = await s.store.tasks.listOpen(network.tenantId, network.networkId);
        // With nothing open a card would say «Ingen åpne oppgaver» as title and body: one line is enough.
        replies.push(
          open.length
            ? card(taskListCard(open, { title: t.fillTasks(open.length), empty: t.fillTasks(0), today: today() }))
            : text(t.noTasksToFollow),
        );
      }
      return replies;
    });
  }

  /** The agenda item where the last minutes are approved (the standing agenda marks it), if the meeting has one. */
  async function approvalItem(network: Network, m: MeetingRecord): Promise<number | null> {
    const { agenda } = await seriesOf(s, network);
    const titles = new Set(agenda.filter((a) => a.fill === 'approval').map((a) => a.title));
    const at = agendaOf(m).findIndex((a) => titles.has(a.title));
    return at >= 0 ? at + 1 : null;
  }

  /** The minutes this meeting approves: the latest meeting that had ended when it started. */
  async function previousOf(m: MeetingRecord): Promise<MeetingRecord | null> {
    const ended = await s.store.meetings.ended(m.tenantId, m.networkId, 200);
    return ended.find((x) => x.id !== m.id && (x.endedAt ?? '') <= m.startedAt) ?? null;
  }

  /** «godkjent» or the card's button: an approval entry in this meeting's log, undone by «angre» like any entry. */
  async function approveMinutes(
    ctx: RequestContext,
    m: MeetingRecord,
    entries: Entry[],
    clicked?: string,
  ): Promise<{ ok: boolean; text: string; previous: MeetingRecord | null }> {
    const previous = await previousOf(m);
    if (!previous || (clicked && clicked !== previous.id)) return { ok: false, text: t.nothingToApprove, previous };
    const date = formatShort(previous.date);
    if (effectiveEntries(entries).some((e) => e.kind === 'approval'))
      return { ok: false, text: t.alreadyApproved(date), previous };
    await append(m, {
      ...(await base(ctx, entries, m)),
      kind: 'approval',
      meetingId: previous.id,
      meetingDate: previous.date,
    });
    await s.store.meetings.approve(m.tenantId, m.networkId, previous.id, ctx.actor, m.id, s.clock.now());
    return { ok: true, text: t.approvedNow(date), previous };
  }

  async function approveCommand(ctx: RequestContext): Promise<Reply[]> {
    return withMeeting(ctx, '', async (m, entries) => [text((await approveMinutes(ctx, m, entries)).text)]);
  }

  async function approveClick(
    ctx: RequestContext,
    data: { networkId: string; meetingId: string },
  ): Promise<ActionResult> {
    const network = ctx.scope.network;
    if (!network || network.networkId !== data.networkId) return { kind: 'message', text: common.wrongNetworkCard };
    const m = await running(ctx);
    if (!m || !inMeetingThread(m, ctx.scope)) return { kind: 'message', text: t.approveOnlyInMeeting };
    const r = await approveMinutes(ctx, m, await log(m), data.meetingId);
    if (!r.ok || !r.previous) return { kind: 'message', text: r.text };
    const approved = (await s.store.meetings.get(m.tenantId, m.networkId, r.previous.id))!;
    return { kind: 'card', card: await minutesCardFor(approved) };
  }

  async function municipalitiesOf(network: Network): Promise<string[]> {
    return s.store.meetings.municipalities(network.tenantId, network.networkId);
  }

  /** `til stede Nes, Hurdal` / `forfall alle`: checked against the network's list; one line is one `angre`. */
  async function attendance(ctx: RequestContext, args: string, status: 'present' | 'absent'): Promise<Reply[]> {
    return withMeeting(ctx, '', async (m, entries) => {
      const example = status === 'present' ? t.commands.present.example : t.commands.absent.example;
      const refuse = (title: string, ex: string = example) => [card(noticeCard({ title, example: ex, tone: 'error' }))];
      const list = await municipalitiesOf(networkHere(ctx));
      const p = parseAttendance(args, list);
      if (!p.ok) {
        if (p.error === 'empty') return refuse(t.municipalitiesMissing);
        if (p.error === 'no-list-for-all') return refuse(t.noListForAll, t.commands.municipalities.example);
        return refuse(
          taskText.notListed(p.name!, p.suggestion ?? null, list.join(', ')),
          `${status === 'present' ? 'til stede' : 'forfall'} ${p.suggestion ?? list[0]}`,
        );
      }
      for (const name of p.names) {
        const g = guard(name);
        if (!g.ok) return [text(g.message)];
        if (name.length > 100) return refuse(t.municipalitiesMissing);
      }
      const now = new Map<string, 'present' | 'absent'>();
      for (const e of effectiveEntries(entries))
        if (e.kind === 'attendance') now.set(e.municipality.toLocaleLowerCase('nb'), e.status);
      const conflicts = p.names.filter(
        (n) => now.has(n.toLocaleLowerCase('nb')) && now.get(n.toLocaleLowerCase('nb')) !== status,
      );
      if (conflicts.length)
        return refuse(
          t.attendanceConflict(
            conflicts.join(', '),
            status === 'present' ? t.absent.toLowerCase() : t.present.toLowerCase(),
          ),
          'angre',
        );
      const fresh = p.names.filter((n) => !now.has(n.toLocaleLowerCase('nb')));
      // A name not on the list is asked about with the line to write for it; the rest of the line is kept.
      const command = status === 'present' ? 'til stede' : 'forfall';
      const unknown = (p.unknown ?? []).map((u) =>
        card(
          noticeCard({
            title: taskText.notListed(u.name, u.suggestion, list.join(', ')),
            message: fresh.length ? t.attendanceRestKept : '',
            example: `${command} ${u.suggestion ?? list[0]}`,
            tone: 'info',
          }),
        ),
      );
      if (!fresh.length) return [text(t.attendanceAlready(p.names.join(', '))), ...unknown];
      const line = await newId(m);
      for (const name of fresh)
        await append(m, { ...(await base(ctx, entries, m)), kind: 'attendance', municipality: name, status, line });
      // Attendance is the meeting's, whatever item is current: the minutes list it apart from the items.
      return [text(t.ackAttendance(status, fresh.join(', '))), ...unknown];
    });
  }

  async function plainEntry(
    ctx: RequestContext,
    raw: string,
    kind: 'note' | 'decision',
    typed: string,
  ): Promise<Reply[]> {
    // "vedtak - …", "info – …", "vedtak — …": the dash after the entry word is punctuation, not part of the text.
    const args = stripEntryPunctuation(raw);
    return withMeeting(ctx, typed, async (m, entries) => {
      if (!args.trim())
        return [text(t.emptyEntry(kind === 'note' ? t.commands.note.example : t.commands.decision.example))];
      const c = checked(ctx, args);
      if (!c.ok) return c.reply;
      await append(m, { ...(await base(ctx, entries, m)), kind, text: c.text });
      return [text(t.ackLine(kind === 'note' ? t.ack.note : t.ack.decision, currentItem(entries), ''))];
    });
  }

  /**
   * A line of the experience log («gjort: startet teamet. lært: det tar tid»): with a project each part
   * goes to its log as `erfaring` does (and into the minutes when typed in the meeting); without one each
   * part is a note under the current item. Anything else is an ordinary note.
   */
  async function noteOrExperience(ctx: RequestContext, args: string): Promise<Reply[]> {
    const typedAsNote = /^(info|notat)(?![\p{L}])/iu.test(ctx.text.trim());
    const parts = !typedAsNote && readExperienceLine(args) ? splitExperienceLine(args) : [];
    if (!parts.length) return plainEntry(ctx, args, 'note', ctx.text);
    const network = ctx.scope.network;
    const project = network ? await chooseProject(s, network, null) : null;
    if (project && !(!project.ok && project.problem === 'none')) {
      const replies: Reply[] = [];
      for (const p of parts) replies.push(...(await addExperience(s, ctx, `${p.kind}: ${p.text}`)));
      const texts = replies.flatMap((r) => (r.kind === 'text' ? [r.text] : []));
      return [...(texts.length ? [text(texts.join('\n\n'))] : []), ...replies.filter((r) => r.kind !== 'text')];
    }
    return withMeeting(ctx, ctx.text, async (m, entries) => {
      const notes: string[] = [];
      for (const p of parts) {
        const c = checked(ctx, `${p.kind.charAt(0).toLocaleUpperCase('nb')}${p.kind.slice(1)}: ${p.text}`);
        if (!c.ok) return c.reply;
        notes.push(c.text);
      }
      for (const note of notes) await append(m, { ...(await base(ctx, entries, m)), kind: 'note', text: note });
      return [text(t.ackLine(t.ack.note, currentItem(entries), parts.map((p) => p.kind).join(', ')))];
    });
  }

  async function nextMeetingAfterToday(network: Network): Promise<string | null> {
    return (await upcoming(s, network, 2)).find((o) => o.date > today())?.date ?? null;
  }

  const tasks: TaskDeps = {
    s,
    checked,
    log,
    append,
    base,
    running,
    inMeetingThread,
    mentionHint,
    nextMeetingAfterToday,
  };

  async function undo(ctx: RequestContext, typed: string): Promise<Reply[]> {
    return withMeeting(ctx, typed, async (m, entries) => {
      const targets = undoTargets(entries, ctx.actor.id);
      if (!targets.length) return [text(t.nothingToUndo)];
      const whats: string[] = [];
      for (const target of targets) whats.push(await undoOne(ctx, m, entries, target));
      const what = whats.join(', ');
      return [text(t.undone(what.length > 80 ? `${what.slice(0, 77)}…` : what))];
    });
  }

  /** Appends the undo entry and reverses what the entry did outside the log (a task, an approval). */
  async function undoOne(
    ctx: RequestContext,
    m: MeetingRecord,
    entries: Entry[],
    target: ReturnType<typeof undoTargets>[number],
  ): Promise<string> {
    {
      await append(m, { ...(await base(ctx, entries, m)), kind: 'undo', target: target.id });
      if (target.kind === 'approval') {
        await s.store.meetings.unapprove(m.tenantId, m.networkId, target.meetingId, m.id);
        return t.approvalUndone(formatShort(target.meetingDate));
      }
      let what = target.kind === 'attendance' ? `${target.municipality}` : target.text;
      if (target.kind === 'task' && target.taskId) what = (await retireTask(ctx, target.taskId)) ?? what;
      return what;
    }
  }

  /** A task whose entry was undone or removed from the minutes is gone: no nudges, its card says so. */
  async function retireTask(ctx: RequestContext, taskId: string): Promise<string | null> {
    const network = networkHere(ctx);
    const task = await s.store.tasks.get(network.tenantId, network.networkId, taskId);
    if (!task || task.status === 'deleted') return null;
    const gone = await s.store.tasks.update(
      task.tenantId,
      task.networkId,
      task.id,
      { type: 'status', from: task.status, to: 'deleted' },
      ctx.actor,
      s.clock.now(),
    );
    await cancelTaskNudges(s, gone);
    if (gone.cardRef) {
      await s.messenger
        .update({ ...network.conversation, conversationId: gone.cardRef.conversationId }, gone.cardRef.activityId, {
          card: taskCard(gone, { today: today() }),
        })
        .catch((err: unknown) =>
          ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update a posted card'),
        );
    }
    return `${task.id} ${task.text}`;
  }

  async function minutesOf(m: MeetingRecord): Promise<Minutes> {
    const previous = await previousOf(m);
    const municipalities = await s.store.meetings.municipalities(m.tenantId, m.networkId);
    const entries = await log(m);
    const followUp = await taskFollowUp(s.store.tasks, m, entries, s.clock.now());
    return buildMinutes(
      { id: m.id, date: m.date, title: m.title, agenda: agendaOf(m), previous, municipalities },
      entries,
      followUp,
    );
  }

  function approvalLine(m: MeetingRecord): string {
    return m.approvedAt
      ? t.approvedBy(formatShort(m.approvedAt.slice(0, 10)), m.approvedBy?.name ?? '')
      : t.notApprovedYet;
  }

  async function minutesCardFor(m: MeetingRecord, opts: { approve?: boolean } = {}) {
    const minutes = await minutesOf(m);
    const links = minutesLinks(s, m);
    return minutesCard(minutes, {
      approval: approvalLine(m),
      docxUrl: links.docx,
      mdUrl: links.md,
      approve: opts.approve ? { networkId: m.networkId } : undefined,
    });
  }
  s.minutesCardFor = minutesCardFor;
  s.meetingViews = {
    async nextAgenda(network) {
      const meeting = (await upcoming(s, network, 1))[0];
      return meeting ? { meeting, view: await agendaView(network, meeting) } : null;
    },
    minutes: minutesOf,
    approvalLine,
  };

  async function endMeeting(ctx: RequestContext): Promise<Reply[]> {
    const refused = await requireLeader(s.store, ctx, t.endWhat);
    if (refused) return [refused];
    const m = await running(ctx);
    if (!m) return [text(t.notRunning)];
    const entries = await log(m);
    await append(m, { ...(await base(ctx, entries, m)), kind: 'end' });
    await s.store.meetings.end(m.tenantId, m.networkId, m.id, s.clock.now());
    const ended = (await s.store.meetings.get(m.tenantId, m.networkId, m.id))!;
    const network = networkHere(ctx);
    const { posted, fallback } = await postStoredCard(
      s.messenger,
      ctx.log,
      network.conversation,
      { card: await minutesCardFor(ended), summary: t.minutesTitle(formatShort(m.date)) },
      ctx.scope.threadId,
    );
    if (posted) await s.store.meetings.setMinutesRef(m.tenantId, m.networkId, m.id, posted);
    ctx.log.info({ meetingId: m.id }, 'meeting ended');
    return [...fallback, text(t.ended(formatShort(m.date)))];
  }

  /** An example that works: the date of the network's latest minutes, when it has any. */
  async function minutesExample(network: Network): Promise<string> {
    const last = (await s.store.meetings.ended(network.tenantId, network.networkId, 1))[0];
    return last ? `referat ${Number(last.date.slice(8, 10))}.${last.date.slice(5, 7)}` : 'referat';
  }

  async function showMinutes(ctx: RequestContext, args: string): Promise<Reply[]> {
    const network = networkHere(ctx);
    let m: MeetingRecord | null;
    if (args.trim()) {
      const d = parseNorwegianDate(args, { now: s.clock.now(), timeZone: tz(), back: true });
      const example = await minutesExample(network);
      if (!d.ok) return [card(noticeCard({ title: d.error, message: d.error, example, tone: 'error' }))];
      const date = d.date;
      const several = await minutesChoice(s, network, date);
      if (several) return several;
      m = await s.store.meetings.byDate(network.tenantId, network.networkId, date);
      if (!m || m.status !== 'ended')
        return [
          card(
            noticeCard({
              title: t.noMinutesOn(formatShort(date)),
              message: t.noMinutesOn(formatShort(date)),
              example,
              tone: 'error',
            }),
          ),
        ];
    } else {
      m = (await s.store.meetings.ended(network.tenantId, network.networkId, 1))[0] ?? null;
      if (!m) return [text(t.noMinutes)];
    }
    return [card(await minutesCardFor(m))];
  }

  // ---------- corrections after the meeting ----------

  const corrections: CorrectionDeps = {
    s,
    log,
    append,
    newId,
    minutesOf,
    minutesCard: (m) => minutesCardFor(m),
    checked,
    retireTask,
    minutesExample,
    running,
  };

  // ---------- schedule and agenda commands ----------

  async function schedule(ctx: RequestContext, args: string): Promise<Reply[]> {
    const network = networkHere(ctx);
    const current = await seriesOf(s, network);
    if (args.trim()) {
      const refused = await requireLeader(s.store, ctx, t.changeScheduleWhat);
      if (refused) return [refused];
      const parsed = parseSchedule(args, current.series);
      if (!parsed.ok)
        return [card(noticeCard({ title: parsed.error, typed: args.trim(), example: parsed.example, tone: 'error' }))];
      await s.store.meetings.saveSeries(
        network.tenantId,
        network.networkId,
        parsed.series,
        current.agenda,
        ctx.actor,
        s.clock.now(),
      );
      await replanNotices(s, network);
      return [text(`${t.scheduleSet(parsed.description)}\n\n${await nextDatesText(network)}`)];
    }
    return [text(`${t.scheduleIs(describeSeries(current.series))}\n\n${await nextDatesText(network)}`)];
  }

  async function setPlace(ctx: RequestContext, args: string): Promise<Reply[]> {
    const network = networkHere(ctx);
    const refused = await requireLeader(s.store, ctx, t.changeScheduleWhat);
    if (refused) return [refused];
    const c = checked(ctx, args);
    if (!c.ok) return c.reply;
    if (!c.text)
      return [
        card(
          noticeCard({ title: t.placeEmpty, message: t.placeEmpty, example: t.commands.place.example, tone: 'error' }),
        ),
      ];
    const current = await seriesOf(s, network);
    await s.store.meetings.saveSeries(
      network.tenantId,
      network.networkId,
      { ...current.series, place: c.text.slice(0, 300) },
      current.agenda,
      ctx.actor,
      s.clock.now(),
    );
    return [text(t.placeSet(c.text))];
  }

  async function nextDatesText(network: Network): Promise<string> {
    const next = await upcoming(s, network, 3);
    if (!next.length) return t.scheduleNone;
    return [
      t.scheduleNext,
      ...next.map(
        (o) =>
          `- ${formatLong(o.date)} ${occurrenceTime(o, tz())}${occurrenceNote(o) ? ` (${occurrenceNote(o)})` : ''}`,
      ),
    ].join('\n');
  }

  async function showAgenda(ctx: RequestContext): Promise<Reply[]> {
    const network = networkHere(ctx);
    const o = await nextOccurrence(network);
    if (!o) return [text(t.noMeetingPlanned)];
    return [card(agendaCard(await agendaView(network, o)))];
  }

  async function propose(ctx: RequestContext, args: string): Promise<Reply[]> {
    const network = networkHere(ctx);
    if (!args.trim())
      return [
        card(
          noticeCard({
            title: t.proposalEmpty,
            message: t.proposalEmpty,
            example: t.commands.propose.example,
            tone: 'error',
          }),
        ),
      ];
    const c = checked(ctx, args);
    if (!c.ok) return c.reply;
    const o = await nextOccurrence(network);
    if (!o) return [text(t.noMeetingPlanned)];
    let date = o.date;
    if (today() > proposalCutoff(o.date)) {
      const after = (await upcoming(s, network, 2))[1];
      if (!after) return [text(t.proposalClosed(formatShort(o.date), formatShort(proposalCutoff(o.date))))];
      date = after.date;
    }
    const p = await s.store.meetings.propose({
      tenantId: network.tenantId,
      networkId: network.networkId,
      meetingDate: date,
      text: c.text,
      proposedBy: ctx.actor,
      createdAt: s.clock.now().toISOString(),
    });
    const replies: Reply[] = [
      text(
        date === o.date
          ? t.proposed(p.id, formatShort(date))
          : `${t.proposalClosed(formatShort(o.date), formatShort(proposalCutoff(o.date)))} ${t.proposed(p.id, formatShort(date))}`,
      ),
    ];
    replies.push(await proposalForLeaders(network, p));
    return replies;
  }

  async function decide(
    ctx: RequestContext,
    data: { proposalId: string; networkId: string },
    status: 'accepted' | 'declined',
  ): Promise<ActionResult> {
    const network = ctx.scope.network;
    if (!network || network.networkId !== data.networkId) return { kind: 'message', text: common.wrongNetworkCard };
    const refused = await requireLeader(s.store, ctx, t.decideWhat);
    if (refused) return { kind: 'message', text: refused.kind === 'text' ? refused.text : '' };
    const p = await s.store.meetings.decideProposal(
      network.tenantId,
      network.networkId,
      data.proposalId,
      status,
      ctx.actor,
    );
    if (!p) return { kind: 'message', text: t.notRunning };
    const c = proposalCard(p);
    if (ctx.scope.cardActivityId)
      await s.messenger
        .update(network.conversation, ctx.scope.cardActivityId, { card: c }, ctx.scope.threadId)
        .catch((err: unknown) =>
          ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update a posted card'),
        );
    return { kind: 'card', card: c };
  }

  async function saveAgenda(
    ctx: RequestContext,
    data: { networkId: string; agendaText?: string },
  ): Promise<ActionResult> {
    const network = ctx.scope.network;
    if (!network || network.networkId !== data.networkId) return { kind: 'message', text: common.wrongNetworkCard };
    const refused = await requireLeader(s.store, ctx, t.editAgendaWhat);
    if (refused) return { kind: 'message', text: refused.kind === 'text' ? refused.text : '' };
    // Privacy before format: an identity number gets the same refusal as anywhere else, never echoed.
    const g = guard(data.agendaText ?? '');
    if (!g.ok) return { kind: 'message', text: g.message };
    const lines = (data.agendaText ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const { series, agenda: before } = await seriesOf(s, network);
    const items = lines.map((l) => {
      // "Lunsj | 30", and also "Lunsj 30 min" or "Lunsj (30 min)": a bare trailing number may be part of the title ("Budsjett 2027").
      const withMin = /^(.*?)[\s,–-]*\(?(\d{1,3})\s*min(?:utter)?\.?\)?$/i.exec(l);
      const [title, minutes] = l.includes('|')
        ? l.split('|').map((x) => x.trim())
        : withMin
          ? [withMin[1]!.trim(), withMin[2]]
          : [l];
      const known = before.find((b) => b.title === title);
      return {
        title: title ?? '',
        minutes: Number(minutes) || known?.minutes || 10,
        fill: known?.fill,
        owner: known?.owner,
      };
    });
    const parsed = agendaSchema.safeParse(items);
    if (!parsed.success) return { kind: 'message', text: t.agendaSaveError };
    await s.store.meetings.saveSeries(
      network.tenantId,
      network.networkId,
      series,
      parsed.data,
      ctx.actor,
      s.clock.now(),
    );
    const o = await nextOccurrence(network);
    return o
      ? { kind: 'card', card: agendaCard(await agendaView(network, o)) }
      : { kind: 'message', text: t.noMeetingPlanned };
  }

  const cmd = commandFamily('meeting', t, ['channel', 'groupChat']);

  const commands: CommandSpec[] = [
    cmd('schedule', ['møteplan', 'møteplanen'], (ctx, a) => schedule(ctx, a)),
    cmd('agenda', ['agenda', 'dagsorden'], (ctx) => showAgenda(ctx)),
    cmd('propose', ['agenda +', 'agendaforslag', 'foreslå'], (ctx, a) => propose(ctx, a)),
    cmd('start', ['start møte', 'start møtet', 'møtestart'], (ctx) => startMeeting(ctx)),
    cmd('next', ['neste', 'neste punkt', 'punkt'], (ctx, a) => {
      const target = parseItemTarget(a);
      return moveTo(ctx, target.ok ? target.to : target.typed, '');
    }),
    cmd('present', ['til stede', 'tilstede'], (ctx, a) => attendance(ctx, a, 'present')),
    cmd('absent', ['forfall'], (ctx, a) => attendance(ctx, a, 'absent')),
    { ...cmd('task', ['oppgave'], (ctx, a) => taskEntry(tasks, ctx, a)), claims: readTaskStatus },
    cmd('municipalities', ['kommuner', 'kommunene'], (ctx, a) => municipalitiesCommand(s, ctx, a)),
    cmd('decision', ['vedtak', 'beslutning'], (ctx, a) => plainEntry(ctx, a, 'decision', ctx.text)),
    // «gjort: … lært: … lurt: …», the words of the agenda's own experience-log item, are claimed as notes too.
    { ...cmd('note', ['info', 'notat'], (ctx, a) => noteOrExperience(ctx, a)), claims: readExperienceLine },
    cmd('undo', ['angre'], (ctx) => undo(ctx, '')),
    cmd('approve', ['godkjent', 'godkjenn referatet', 'referatet godkjent', 'referatet er godkjent'], (ctx) =>
      approveCommand(ctx),
    ),
    cmd('end', ['avslutt møte', 'avslutt møtet', 'møteslutt'], (ctx) => endMeeting(ctx)),
    cmd('minutes', ['referat'], (ctx, a) => showMinutes(ctx, a)),
    cmd('correct', ['rett referat', 'rett referatet', 'korriger referat'], (ctx, a) =>
      correctMinutes(corrections, ctx, a),
    ),
    cmd('place', ['møtested', 'møtelenke'], (ctx, a) => setPlace(ctx, a)),
  ];
  // "punkt" alone is not "neste": keep the help text honest by hiding the alias from the list.

  const proposalData = z.object({ proposalId: z.string().min(1).max(20), networkId: z.string().min(1).max(300) });

  return {
    name: 'meetings',
    commands,
    actions: [
      { verb: 'proposal.accept', schema: proposalData, run: (ctx, d) => decide(ctx, d, 'accepted') },
      { verb: 'proposal.decline', schema: proposalData, run: (ctx, d) => decide(ctx, d, 'declined') },
      {
        verb: 'minutes.approve',
        schema: z.object({ networkId: z.string().min(1).max(300), meetingId: z.string().min(1).max(20) }),
        run: approveClick,
      },
      {
        verb: 'task.resend',
        schema: z.object({
          networkId: z.string().min(1).max(300),
          line: z.string().max(5000).optional(),
          mentions: z.string().max(10000).optional(),
        }),
        run: (ctx, d) => resendTask(tasks, ctx, d),
      },
      {
        verb: 'minutes.correct',
        schema: correctionData,
        run: (ctx, d) => correctionClick(corrections, ctx, d, 'correction'),
      },
      {
        verb: 'minutes.remove',
        schema: correctionData,
        run: (ctx, d) => correctionClick(corrections, ctx, d, 'removal'),
      },
      {
        verb: 'agenda.save',
        schema: z.object({ networkId: z.string().min(1).max(300), agendaText: z.string().max(5000).optional() }),
        run: saveAgenda,
      },
    ],
    jobs: [
      ...meetingNoticeHandlers(s, { agendaCardFor: async (network, o) => agendaCard(await agendaView(network, o)) }),
      stillOpenHandler(s),
    ],
    mount: (server) => mountMinutesDownloads(server, s, { minutesOf, approvalLine }),
    async listens(ctx) {
      const n = ctx.scope.network;
      if (!n) return false;
      await s.store.meetings.noteUnmentioned(n.tenantId, n.networkId, s.clock.now());
      const m = await running(ctx);
      return !!m && inMeetingThread(m, ctx.scope);
    },
    async remark(ctx, typed) {
      if (!ctx.scope.network) return null;
      const m = await running(ctx);
      if (!m || !inMeetingThread(m, ctx.scope)) return null;
      const g = guard(typed);
      if (!g.ok) return [text(g.message)];
      // People talk among themselves in the meeting thread: the hint comes once per person and meeting, or the
      // bot would answer every line of their chat. Asked by name, it always answers. The store keeps the mark,
      // so a restart or a second instance does not repeat it.
      if (
        ctx.mentionedBot === false &&
        !(await s.store.meetings.markHint(m.tenantId, m.networkId, m.id, `remark:${ctx.actor.id}`, s.clock.now()))
      )
        return [];
      return [
        card(
          noticeCard({
            title: t.remarkTitle,
            message: t.remarkHint,
            example: `info: ${typed.length > 60 ? `${typed.slice(0, 57)}…` : typed}`,
            typed,
            tone: 'info',
          }),
        ),
      ];
    },
    async start() {
      for (const network of await s.store.networks.listActive()) await planNotices(s, network);
    },
    async onInstall(network) {
      await planNotices(s, network);
    },
  };
}
