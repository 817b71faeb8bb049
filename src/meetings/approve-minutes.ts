import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { formatShort } from '../time/local-date.ts';
import { parseNorwegianDate } from '../time/norwegian-date.ts';
import { effectiveEntries, type Entry } from './log.ts';
import { correctionsUp } from './corrections-to-approve.ts';
import { awaitingApproval, minutesCardFor } from './minutes-view.ts';
import { seriesOf } from './planning.ts';
import type { MeetingRecord } from './repository.ts';
import {
  agendaOf,
  appendEntry,
  entryBase,
  inMeetingThread,
  newEntryId,
  readLog,
  runningMeeting,
  withMeeting,
} from './running-meeting.ts';
import { cardNetwork, wrongNetworkCard } from '../conversation/guards.ts';

// Approving the last minutes in the meeting: «godkjent» typed, or the button on the minutes card.

/** The agenda item where the last minutes are approved (the standing agenda marks it), if the meeting has one. */
export async function approvalItem(s: Services, network: Network, m: MeetingRecord): Promise<number | null> {
  const { agenda } = await seriesOf(s, network);
  const titles = new Set(agenda.filter((a) => a.fill === 'approval').map((a) => a.title));
  const at = agendaOf(m).findIndex((a) => titles.has(a.title));
  return at >= 0 ? at + 1 : null;
}

/**
 * An approval entry in this meeting's log for every minutes up for approval (or the one clicked), one
 * line so «angre» takes them all back. Minutes nobody dealt with stay up until approved (N22).
 */
async function approveMinutes(
  s: Services,
  ctx: RequestContext,
  m: MeetingRecord,
  entries: Entry[],
  clicked?: string,
  named?: MeetingRecord[],
): Promise<{ ok: boolean; text: string; previous: MeetingRecord | null; line?: string }> {
  const awaiting = named ?? (await awaitingApproval(s, m));
  const approvedHere = new Set(
    effectiveEntries(entries).flatMap((e) => (e.kind === 'approval' && !e.correction ? [e.meetingId] : [])),
  );
  const picked = clicked ? awaiting.filter((x) => x.id === clicked) : awaiting;
  const previous = picked.at(-1) ?? null;
  if (!previous) return { ok: false, text: t.nothingToApprove, previous };
  const label = (x: MeetingRecord) => minutesLabel(s, x, named);
  const open = picked.filter((x) => !approvedHere.has(x.id) && !(named && x.approvedAt));
  if (!open.length) {
    const dates = t.dateList(picked.map(label));
    return { ok: false, text: picked.length > 1 ? t.alreadyApprovedMany(dates) : t.alreadyApproved(dates), previous };
  }
  const line = await newEntryId(s, m);
  await appendApprovals(s, ctx, m, entries, line, open, false);
  for (const x of open) await s.store.meetings.approve(m.tenantId, m.networkId, x.id, ctx.actor, m.id, s.clock.now());
  const dates = open.map(label);
  return {
    ok: true,
    text: dates.length > 1 ? t.approvedNowMany(t.dateList(dates)) : t.approvedNow(dates[0]!),
    previous,
    line,
  };
}

/** «30.04.2027», or «30.04.2027 kl. 09:00» when the minutes named share their day with others. */
function minutesLabel(s: Services, x: MeetingRecord, among?: readonly MeetingRecord[]): string {
  const sameDay = (among ?? []).filter((y) => y.date === x.date).length > 1;
  return sameDay ? `${formatShort(x.date)} ${t.atTime(startTime(s, x))}` : formatShort(x.date);
}

const startTime = (s: Services, x: MeetingRecord) =>
  new Intl.DateTimeFormat('nb-NO', { timeZone: s.config.timezone, hour: '2-digit', minute: '2-digit', hour12: false })
    .format(new Date(x.startedAt))
    .replace('.', ':');

/**
 * «godkjent 24.03» / «godkjent 30.04 kl. 13:00»: any earlier minutes of the network not approved yet, named by
 * date, also those beyond the two item 2 shows (month round 8b, N27). Two meetings that day: ask which.
 */
async function approveByDate(
  s: Services,
  ctx: RequestContext,
  m: MeetingRecord,
  entries: Entry[],
  args: string,
): Promise<string> {
  const time = /\s*(?:kl\.?|klokka|klokken)?\s*(\d{1,2})[:.](\d{2})\s*$/iu.exec(args);
  const dayText = time && /kl|:/iu.test(time[0]) ? args.slice(0, time.index) : args;
  const d = parseNorwegianDate(dayText, { now: s.clock.now(), timeZone: s.config.timezone, back: true });
  if (!d.ok) return `${d.error} ${t.approveByDateExample}`;
  const ended = await s.store.meetings.ended(m.tenantId, m.networkId, 200);
  const sameDay = ended.filter((x) => x.id !== m.id && x.date === d.date && x.startedAt < m.startedAt).reverse();
  if (!sameDay.length) return t.noMinutesToApproveOn(formatShort(d.date));
  let named = sameDay;
  if (time && dayText !== args) {
    const hhmm = `${time[1]!.padStart(2, '0')}:${time[2]}`;
    named = sameDay.filter((x) => startTime(s, x) === hhmm);
    if (!named.length)
      return t.whichMinutes(formatShort(d.date), t.dateList(sameDay.map((x) => t.atTime(startTime(s, x)))));
  } else if (sameDay.length > 1)
    return t.whichMinutes(formatShort(d.date), t.dateList(sameDay.map((x) => t.atTime(startTime(s, x)))));
  const label = named.length === 1 && sameDay.length > 1 ? sameDay : named;
  const r = await approveMinutes(s, ctx, m, entries, undefined, named);
  return label === sameDay ? r.text.replace(formatShort(d.date), minutesLabel(s, named[0]!, sameDay)) : r.text;
}

/** «godkjent» typed in the meeting, or «godkjent <dato>». */
export async function approveByCommand(s: Services, ctx: RequestContext, args = ''): Promise<Reply[]> {
  return withMeeting(s, ctx, '', async (m, entries) => {
    if (args.trim()) return [text(await approveByDate(s, ctx, m, entries, args.trim()))];
    const minutes = await approveMinutes(s, ctx, m, entries);
    // One line for both (review 1, M4): one «angre» takes back the whole «godkjent».
    const corrections = await approveCorrections(s, ctx, m, entries, minutes.line);
    if (!corrections) return [text(minutes.text)];
    return [text(minutes.ok ? `${minutes.text} ${corrections}` : corrections)];
  });
}

/**
 * «godkjent» also approves what item 2 put up as «Rettelse i referat fra …»: approved minutes corrected
 * since the last meeting (month round 8b, after N21). An approval entry marked as a correction, in the
 * same line, so the minutes of this meeting say it and «angre» takes it back; the minutes corrected keep
 * their first approval. The reply's words, or null when there was no correction to approve.
 */
async function approveCorrections(
  s: Services,
  ctx: RequestContext,
  m: MeetingRecord,
  entries: Entry[],
  minutesLine?: string,
): Promise<string | null> {
  const open = await correctionsUp(s, m, entries, await s.store.meetings.ended(m.tenantId, m.networkId, 200));
  if (!open.length) return null;
  const line = minutesLine ?? (await newEntryId(s, m));
  await appendApprovals(s, ctx, m, entries, line, open, true);
  return t.correctionApprovedNow(t.dateList(open.map((x) => formatShort(x.date))));
}

/** «Godkjenn referatet» on the minutes card shown at the approval item. */
export async function approveByClick(
  s: Services,
  ctx: RequestContext,
  data: { networkId: string; meetingId: string },
): Promise<ActionResult> {
  const network = cardNetwork(ctx, data.networkId);
  if (!network) return wrongNetworkCard;
  const m = await runningMeeting(s, ctx);
  if (!m || !inMeetingThread(m, ctx.scope)) return { kind: 'message', text: t.approveOnlyInMeeting };
  const r = await approveMinutes(s, ctx, m, await readLog(s, m), data.meetingId);
  if (!r.ok || !r.previous) return { kind: 'message', text: r.text };
  const approved = await s.store.meetings.get(m.tenantId, m.networkId, r.previous.id);
  // Just approved in this request: it can only be missing if the network's data was erased meanwhile.
  if (!approved) return { kind: 'message', text: t.nothingToApprove };
  return { kind: 'card', card: await minutesCardFor(s, approved) };
}

/** One approval entry per meeting approved, all in one line so one «angre» takes them back together. */
async function appendApprovals(
  s: Services,
  ctx: RequestContext,
  m: MeetingRecord,
  entries: Entry[],
  line: string,
  approved: readonly { id: string; date: string }[],
  correction: boolean,
): Promise<void> {
  for (const x of approved)
    await appendEntry(s, m, {
      ...(await entryBase(s, ctx, entries, m)),
      line,
      kind: 'approval',
      meetingId: x.id,
      meetingDate: x.date,
      ...(correction ? { correction: true } : {}),
    });
}
