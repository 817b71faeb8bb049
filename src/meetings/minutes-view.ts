import { minutesCard } from '../../cards/minutes.ts';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type AdaptiveCard, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { parseNorwegianDate } from '../time/norwegian-date.ts';
import { minutesChoice } from './archive.ts';
import { minutesLinks } from './minutes-links.ts';
import { buildMinutes, type Entry, type Minutes } from './log.ts';
import type { MeetingRecord } from './repository.ts';
import { agendaOf, readLog } from './running-meeting.ts';
import { DEFAULT_AGENDA, agendaSchema } from './standing-agenda.ts';
import { taskFollowUp, type SincePrevious } from './task-follow-up.ts';

// A meeting's minutes as the card, the downloads and the tab show them, and `referat [dato]`.

/** How many minutes item 2 puts on the table at once; older ones are named by count (review 2, HIGH 3). */
export const CHAIN_SHOWN = 2;

/** The meetings `previousOf` and the chain choose from: earlier days, ended when this one started, newest first. */
const earlier = (ended: readonly MeetingRecord[], m: Pick<MeetingRecord, 'id' | 'date' | 'startedAt'>) =>
  ended.filter((x) => x.id !== m.id && x.date < m.date && (x.endedAt ?? '') <= m.startedAt);

/**
 * The minutes this meeting approves: the latest meeting of an earlier day that had ended when it started.
 * A second meeting the same day does not approve (or fail to approve) the one held that morning, whose
 * minutes nobody has read yet (month round 6, N18).
 */
export async function previousOf(s: Pick<Services, 'store'>, m: MeetingRecord): Promise<MeetingRecord | null> {
  return earlier(await s.store.meetings.ended(m.tenantId, m.networkId, 200), m)[0] ?? null;
}

/**
 * The approval chain of a meeting, a pure function of the network's ended meetings: the minutes that
 * ended after the newest minutes approved before it started (older never-approved minutes, from before
 * the chain existed, are not brought back), not approved elsewhere as of its end (an approval made at a
 * later meeting does not change what these minutes said, review 2 MEDIUM 4). `up` is the newest
 * `CHAIN_SHOWN`, oldest first; `older` counts the rest.
 */
export function approvalChain(
  ended: readonly MeetingRecord[],
  m: Pick<MeetingRecord, 'id' | 'date' | 'startedAt'> & { endedAt?: string | null },
): { up: MeetingRecord[]; older: number } {
  const asOf = m.endedAt ?? null;
  const approvedElsewhere = (x: MeetingRecord) =>
    !!x.approvedAt && x.approvedIn !== m.id && (asOf === null || x.approvedAt <= asOf);
  const chain = fullChain(ended, m).filter((x) => !approvedElsewhere(x));
  return { up: chain.slice(-CHAIN_SHOWN), older: Math.max(0, chain.length - CHAIN_SHOWN) };
}

/**
 * Every minutes in a meeting's chain, oldest first, before the approvals made elsewhere are taken out:
 * those ended after the newest approved ones, plus what was left of the chain the newest approval was
 * made from (the older minutes beyond the two shown stay up until approved, month round 8b, N27).
 */
function fullChain(
  ended: readonly MeetingRecord[],
  m: Pick<MeetingRecord, 'id' | 'date' | 'startedAt'>,
  depth = 0,
): MeetingRecord[] {
  const before = earlier(ended, m);
  const last = before.find((x) => x.approvedAt && x.approvedIn !== m.id && x.approvedAt <= m.startedAt);
  const from = last?.approvedIn ? ended.find((x) => x.id === last.approvedIn) : undefined;
  // Only an approval made from a chain carries that chain's leftovers (one made outside it, before the
  // chain existed, does not bring older never-approved minutes back).
  const carried = new Set<string>();
  if (from && from.id !== last!.id && depth < 50) {
    const chainThen = fullChain(ended, from, depth + 1);
    if (chainThen.some((x) => x.id === last!.id))
      for (const x of chainThen) if (!x.approvedAt || x.approvedAt > m.startedAt) carried.add(x.id);
  }
  return before.filter((x) => !last || (x.endedAt ?? '') > (last.endedAt ?? '') || carried.has(x.id)).reverse();
}

/**
 * The minutes up for approval at this meeting, oldest first (see `approvalChain`): minutes nobody dealt
 * with stay on item 2 until approved (round 8 N22), at most `CHAIN_SHOWN` of them.
 */
export async function awaitingApproval(s: Pick<Services, 'store'>, m: MeetingRecord): Promise<MeetingRecord[]> {
  return approvalChain(await s.store.meetings.ended(m.tenantId, m.networkId, 200), m).up;
}

/**
 * What the minutes report of tasks closed since the previous meeting ended: from then, under the agenda item
 * that follows up tasks (the standing agenda's, found by its title; else one named for tasks; else item 1).
 */
export async function sincePrevious(
  s: Pick<Services, 'store'>,
  m: MeetingRecord,
  previous?: MeetingRecord | null,
): Promise<SincePrevious | null> {
  const before = previous === undefined ? await previousOf(s, m) : previous;
  if (!before?.endedAt) return null;
  const stored = await s.store.meetings.getSeries(m.tenantId, m.networkId);
  const parsed = agendaSchema.safeParse(stored?.agenda);
  const title = (parsed.success ? parsed.data : DEFAULT_AGENDA).find((i) => i.fill === 'tasks')?.title;
  const items = agendaOf(m);
  const byTitle = items.findIndex((i) => i.title === title);
  const byWord = items.findIndex((i) => /oppgave|oppfølging/iu.test(i.title));
  return { since: before.endedAt, item: (byTitle >= 0 ? byTitle : byWord >= 0 ? byWord : 0) + 1 };
}

/**
 * The minutes of a meeting, a pure function of its log. A caller that holds the log already
 * (`avslutt møte` has just read it) passes it, so it is not read and parsed again.
 */
export async function minutesOf(
  s: Pick<Services, 'store' | 'clock' | 'config'>,
  m: MeetingRecord,
  log?: Entry[],
  endedList?: readonly MeetingRecord[],
): Promise<Minutes> {
  // One read of the ended meetings serves both (the tab's list passes the one it already holds).
  const ended = endedList ?? (await s.store.meetings.ended(m.tenantId, m.networkId, 200));
  const previous = earlier(ended, m)[0] ?? null;
  const { up: awaiting, older } = approvalChain(ended, m);
  const municipalities = await s.store.meetings.municipalities(m.tenantId, m.networkId);
  const entries = log ?? (await readLog(s, m));
  const followUp = await taskFollowUp(
    s.store,
    m,
    entries,
    s.clock.now(),
    await sincePrevious(s, m, previous),
    s.config.timezone,
  );
  return buildMinutes(
    {
      id: m.id,
      date: m.date,
      title: m.title,
      agenda: agendaOf(m),
      previous,
      awaiting,
      olderAwaiting: older,
      approvedAt: m.approvedAt ?? null,
      municipalities,
      timeZone: s.config.timezone,
    },
    entries,
    followUp,
  );
}

export function approvalLine(m: MeetingRecord): string {
  return m.approvedAt
    ? t.approvedBy(formatShort(localDateOf(new Date(m.approvedAt))), m.approvedBy?.name ?? '')
    : t.notApprovedYet;
}

export async function minutesCardFor(
  s: Services,
  m: MeetingRecord,
  opts: { approve?: boolean; log?: Entry[]; ended?: readonly MeetingRecord[] } = {},
): Promise<AdaptiveCard> {
  const minutes = await minutesOf(s, m, opts.log, opts.ended);
  const links = minutesLinks(s, m);
  return minutesCard(minutes, {
    approval: approvalLine(m),
    docxUrl: links.docx,
    mdUrl: links.md,
    approve: opts.approve ? { networkId: m.networkId } : undefined,
  });
}

/**
 * Redraws the minutes card already in the channel after the minutes changed. A card update tells
 * nobody and changes nothing stored, so one that fails is logged and the change stands.
 */
export async function redrawPostedMinutes(
  s: Pick<Services, 'messenger'>,
  ctx: Pick<RequestContext, 'log'>,
  network: Pick<Network, 'conversation'>,
  m: MeetingRecord,
  draw: () => Promise<AdaptiveCard>,
): Promise<void> {
  if (!m.minutesRef) return;
  const ref = m.minutesRef;
  await s.messenger
    .update({ ...network.conversation, conversationId: ref.conversationId }, ref.activityId, { card: await draw() })
    .catch((err: unknown) =>
      ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update the posted minutes'),
    );
}

/** An example that works: the date of the network's latest minutes, when it has any. */
export async function minutesExample(s: Pick<Services, 'store'>, network: Network): Promise<string> {
  const last = (await s.store.meetings.ended(network.tenantId, network.networkId, 1))[0];
  return last ? `referat ${Number(last.date.slice(8, 10))}.${last.date.slice(5, 7)}` : 'referat';
}

/** `referat [dato]`: the latest minutes, or those of the meeting on the date typed. */
export async function showMinutes(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  let m: MeetingRecord | null;
  if (args.trim()) {
    const d = parseNorwegianDate(args, { now: s.clock.now(), timeZone: s.config.timezone, back: true });
    const example = await minutesExample(s, network);
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
  return [card(await minutesCardFor(s, m))];
}
