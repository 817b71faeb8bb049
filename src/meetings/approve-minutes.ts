import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { formatShort } from '../time/local-date.ts';
import { effectiveEntries, type Entry } from './log.ts';
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
): Promise<{ ok: boolean; text: string; previous: MeetingRecord | null }> {
  const awaiting = await awaitingApproval(s, m);
  const approvedHere = new Set(effectiveEntries(entries).flatMap((e) => (e.kind === 'approval' ? [e.meetingId] : [])));
  const picked = clicked ? awaiting.filter((x) => x.id === clicked) : awaiting;
  const previous = picked.at(-1) ?? null;
  if (!previous) return { ok: false, text: t.nothingToApprove, previous };
  const open = picked.filter((x) => !approvedHere.has(x.id));
  if (!open.length)
    return { ok: false, text: t.alreadyApproved(t.dateList(picked.map((x) => formatShort(x.date)))), previous };
  const line = await newEntryId(s, m);
  for (const x of open) {
    await appendEntry(s, m, {
      ...(await entryBase(s, ctx, entries, m)),
      line,
      kind: 'approval',
      meetingId: x.id,
      meetingDate: x.date,
    });
    await s.store.meetings.approve(m.tenantId, m.networkId, x.id, ctx.actor, m.id, s.clock.now());
  }
  const dates = open.map((x) => formatShort(x.date));
  return {
    ok: true,
    text: dates.length > 1 ? t.approvedNowMany(t.dateList(dates)) : t.approvedNow(dates[0]!),
    previous,
  };
}

/** «godkjent» typed in the meeting. */
export async function approveByCommand(s: Services, ctx: RequestContext): Promise<Reply[]> {
  return withMeeting(s, ctx, '', async (m, entries) => [text((await approveMinutes(s, ctx, m, entries)).text)]);
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
