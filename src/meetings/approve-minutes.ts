import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { formatShort } from '../time/local-date.ts';
import { effectiveEntries, type Entry } from './log.ts';
import { minutesCardFor, previousOf } from './minutes-view.ts';
import { seriesOf } from './planning.ts';
import type { MeetingRecord } from './repository.ts';
import {
  agendaOf,
  appendEntry,
  entryBase,
  inMeetingThread,
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

/** An approval entry in this meeting's log, undone by «angre» like any entry. */
async function approveMinutes(
  s: Services,
  ctx: RequestContext,
  m: MeetingRecord,
  entries: Entry[],
  clicked?: string,
): Promise<{ ok: boolean; text: string; previous: MeetingRecord | null }> {
  const previous = await previousOf(s, m);
  if (!previous || (clicked && clicked !== previous.id)) return { ok: false, text: t.nothingToApprove, previous };
  const date = formatShort(previous.date);
  if (effectiveEntries(entries).some((e) => e.kind === 'approval'))
    return { ok: false, text: t.alreadyApproved(date), previous };
  await appendEntry(s, m, {
    ...(await entryBase(s, ctx, entries, m)),
    kind: 'approval',
    meetingId: previous.id,
    meetingDate: previous.date,
  });
  await s.store.meetings.approve(m.tenantId, m.networkId, previous.id, ctx.actor, m.id, s.clock.now());
  return { ok: true, text: t.approvedNow(date), previous };
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
