import { z } from 'zod';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import { guard } from '../privacy/guard.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { currentItem, entrySchema, type Entry } from './log.ts';
import type { MeetingRecord } from './repository.ts';
import { logCacheFor } from './log-cache.ts';
import { shorten } from '../conversation/reach.ts';

// The running meeting as every line typed in it sees it: where it runs, its log, and how a line is kept.

type NetworkKey = { tenantId: string; networkId: string };

/** The same thread compared as Teams names it: a channel thread by its root, a group chat as a whole. */
export function inMeetingThread(
  m: Pick<MeetingRecord, 'thread'>,
  scope: Pick<RequestContext['scope'], 'conversationId' | 'threadId'>,
): boolean {
  if (!m.thread) return true;
  // A channel conversation id carries the thread after «;messageid=»: the part before names the channel.
  const base = (id: string) => id.split(';')[0] ?? id;
  return (
    base(m.thread.conversationId) === base(scope.conversationId) &&
    (m.thread.threadId ?? null) === (scope.threadId ?? null)
  );
}

export async function runningMeeting(s: Pick<Services, 'store'>, ctx: RequestContext): Promise<MeetingRecord | null> {
  const n = networkHere(ctx);
  const m = await s.store.meetings.running(n.tenantId, n.networkId);
  // A meeting that has ended (here or in another process) leaves the cache of running logs.
  logCacheFor(s.store.meetings).keepOnly(n.tenantId, n.networkId, m?.id ?? null);
  return m;
}

/** The meeting's log, read and checked where it enters from the store. */
export async function readLog(s: Pick<Services, 'store'>, m: MeetingRecord): Promise<Entry[]> {
  return (await s.store.meetings.entries(m.tenantId, m.networkId, m.id)).map((e) => entrySchema.parse(e));
}

/** The agenda as it stood when the meeting started. */
export function agendaOf(m: Pick<MeetingRecord, 'agenda'>): { title: string }[] {
  return z.array(z.object({ title: z.string() })).parse(m.agenda);
}

export async function appendEntry(s: Pick<Services, 'store'>, m: MeetingRecord, e: Entry): Promise<void> {
  await s.store.meetings.append(m.tenantId, m.networkId, m.id, e);
}

/**
 * The running meeting's log for a line typed in it: the parsed entries held from the last line, and
 * only what was appended since read and checked (issue #14; see log-cache.ts). The entries are frozen.
 */
export function readRunningLog(s: Pick<Services, 'store'>, m: MeetingRecord): Promise<Entry[]> {
  return logCacheFor(s.store.meetings).read(s.store.meetings, m);
}

/** Entry ids come from the store: ids made in process memory repeated across processes and restarts. */
export function newEntryId(s: Pick<Services, 'store'>, n: NetworkKey): Promise<string> {
  return s.store.meetings.nextEntryId(n.tenantId, n.networkId);
}

/** What every entry carries: its id, when, who, and the agenda item the meeting is on. */
export async function entryBase(
  s: Pick<Services, 'store' | 'clock'>,
  ctx: Pick<RequestContext, 'actor'> & { scope?: { activityId?: string | null } },
  entries: Entry[],
  m: NetworkKey,
): Promise<{ id: string; at: string; author: Entry['author']; item: number; activityId?: string }> {
  const activityId = ctx.scope?.activityId ?? undefined;
  return {
    id: await newEntryId(s, m),
    at: s.clock.now().toISOString(),
    author: ctx.actor,
    item: currentItem(entries),
    ...(activityId ? { activityId } : {}),
  };
}

/**
 * An entry typed when no meeting runs here (none at all, or it runs in another thread) is shown
 * back with how to propose it, and not kept. Steering commands (neste, til stede, angre) mean
 * nothing outside a meeting and pass an empty `typed`.
 */
export function keepOutsideMeeting(typed: string, elsewhere: MeetingRecord | null): Reply[] {
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
        example: elsewhere ? '' : `agenda + ${shorten(typed, 60)}`,
        typed: typed.trim(),
        kept: t.notKept,
        tone: 'info',
      }),
    ),
  ];
}

/**
 * Without RSC, Teams delivers only lines that @mention the bot. The bot cannot ask Teams whether
 * the permission was granted, so it reads the sign: a line arrives in the meeting with a mention,
 * and this network has never delivered a message without one. Then it says once per meeting, in
 * the thread, that every line needs the mention. (With RSC, ordinary talk in the channel arrives
 * unmentioned soon after install, and the hint never shows.)
 */
export async function mentionHint(
  s: Pick<Services, 'store' | 'clock'>,
  ctx: RequestContext,
  m: MeetingRecord,
): Promise<Reply[]> {
  if (ctx.mentionedBot === false || ctx.scope.conversationType === 'personal') return [];
  if (await s.store.meetings.unmentionedSeen(m.tenantId, m.networkId)) return [];
  if (!(await s.store.meetings.markHint(m.tenantId, m.networkId, m.id, 'needs-mention', s.clock.now()))) return [];
  return [text(t.needsMention)];
}

/** Common path for every entry typed during a meeting: only lines in the meeting's own thread count. */
export async function withMeeting(
  s: Pick<Services, 'store' | 'clock'>,
  ctx: RequestContext,
  typed: string,
  fn: (m: MeetingRecord, entries: Entry[]) => Promise<Reply[]>,
): Promise<Reply[]> {
  const m = await runningMeeting(s, ctx);
  if (!m || !inMeetingThread(m, ctx.scope)) return keepOutsideMeeting(typed, m);
  const replies = await fn(m, await readRunningLog(s, m));
  // Steering lines («angre», «neste») pass no text: only a line written for the minutes is warned about.
  return [...replies, ...(typed.trim() ? lateLine(s, m) : []), ...(await mentionHint(s, ctx, m))];
}

/**
 * A line written on a later day than the meeting, which nobody ended: it is kept, but the writer
 * hears it went into that day's minutes, how to take it back, and that the meeting should be ended
 * (round 8 N16: an Easter greeting the day after stood in the minutes as if said at the meeting).
 */
export function lateLine(s: Pick<Services, 'clock'>, m: MeetingRecord): Reply[] {
  return localDateOf(s.clock.now()) > m.date ? [text(t.lateLine(formatShort(m.date)))] : [];
}
