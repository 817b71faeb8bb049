import type { EventAttributes } from 'ics';
import type { Services } from '../app/services.ts';
import { deadlineText, meetingText } from '../i18n/index.ts';
import { isCurrentGeneration, linkGeneration } from '../security/link-generation.ts';
import { feedText } from '../i18n/calendar.ts';
import { meetingsIn, seriesOf } from '../meetings/planning.ts';
import { holidayAskAhead, type PlannedMeeting } from '../meetings/occurrences.ts';
import { holidayAsked } from '../meetings/calendar-feature.ts';
import { addDays, formatShort, localDateOf, type LocalDate } from '../time/local-date.ts';
import { tooFarAhead } from '../time/norwegian-date.ts';
import type { Deadline } from './deadline.ts';
import type { HttpRoutes } from '../commands/http-route.ts';
import { withoutControls } from '../privacy/controls.ts';
import { redactText } from '../privacy/redact.ts';

const FEED_PATH = '/feeds/frister.ics';
/** Past meetings stay in calendars a while; a year ahead is what a network plans. */
const FEED_PAST_DAYS = 90;
const FEED_AHEAD_DAYS = 400;

/** A signed, long-lived link: calendar apps poll it without a Teams login. */
export async function feedUrl(s: Services, tenantId: string, networkId: string): Promise<string> {
  return (
    s.publicUrl() +
    s.signer.sign(FEED_PATH, { t: tenantId, n: networkId, g: await linkGeneration(s, tenantId, networkId) })
  );
}

const utcParts = (d: Date): [number, number, number, number, number] => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];

export interface FeedContext {
  now: Date;
  /** Today in the network's zone: a holiday question still ahead is dated from here. */
  today: LocalDate;
  /** Rule dates of meetings on a holiday whose question the leaders have been sent. */
  asked: ReadonlySet<LocalDate>;
  /** When the bot came into the network: meetings that ended before it were never planned by it. */
  since: Date | null;
}

/** What a calendar shows under the meeting: the holiday still to decide, where it was moved from, or the reason. */
function describe(m: PlannedMeeting, ctx: FeedContext): string {
  if (m.conflict) {
    // Asked when the card was posted; until then on the planned day, or today when that has gone by.
    const ask = ctx.asked.has(m.uidDate) ? null : (holidayAskAhead(m, ctx.today) ?? ctx.today);
    return feedText.conflict(m.conflict, ask ? formatShort(ask) : null);
  }
  if (m.moved) return feedText.movedFrom(formatShort(m.moved.from), m.moved.holiday);
  if (m.status === 'planned' && m.kind === 'moved' && m.uidDate !== m.date)
    return feedText.movedFrom(formatShort(m.uidDate), null);
  return m.reason ?? '';
}

/**
 * A meeting keeps one UID from the date the series gave it, so a move reaches calendars as the same
 * event with a higher SEQUENCE, and a cancellation as STATUS:CANCELLED, instead of a new event. One
 * still on a holiday is TENTATIVE until the leaders decide: it may well not be held that day.
 */
export function meetingEvents(
  meetings: PlannedMeeting[],
  networkId: string,
  title: string,
  ctx: FeedContext,
  place = '',
): EventAttributes[] {
  // N9 (round 9): the «møtested» as LOCATION, masked as all typed text; ics escapes it as RFC 5545 TEXT.
  const location = place.trim() ? redactText(place.trim()) : undefined;
  const host = networkId.replace(/[^\w.-]/g, '');
  const since = ctx.since;
  return meetings
    .filter((m) => !since || m.end > since)
    .map((m) => ({
      uid: `meeting-${m.kind === 'extra' ? 'x-' : ''}${m.uidDate}@${host}.nettverksboten`,
      title: m.status === 'cancelled' ? feedText.cancelledTitle(title) : title,
      description: describe(m, ctx),
      start: utcParts(m.start),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: utcParts(m.end),
      endInputType: 'utc',
      endOutputType: 'utc',
      ...(location ? { location } : {}),
      status: m.status === 'cancelled' ? 'CANCELLED' : m.conflict ? 'TENTATIVE' : 'CONFIRMED',
      sequence: m.revision,
      timestamp: ctx.now.getTime(),
      productId: 'nettverksboten',
    }));
}

/** `network`: its name, put in each deadline's title as the meetings have it (month s13 #15). */
export async function deadlinesIcs(
  deadlines: Deadline[],
  meetings: EventAttributes[] = [],
  network = '',
): Promise<string> {
  // ics (with yup) is only needed when a calendar polls the feed: loaded then, not at every start.
  const { createEvents } = await import('ics');
  const events: EventAttributes[] = deadlines.map((d) => {
    const [y, m, day] = d.date.split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(y, m - 1, day + 1));
    return {
      uid: `${d.id}-${d.date}@${d.networkId.replace(/[^\w.-]/g, '')}.nettverksboten`,
      // What typed text the calendar shows passes the outgoing mask (attack round 8, A5/A6).
      // With the network's name: someone subscribed to two networks' feeds can tell «rapportering» apart.
      title: feedText.deadlineTitle(redactText(d.title), network),
      description: redactText([d.source, ...d.checklist.map((c) => `- ${c}`)].join('\n')),
      start: [y, m, day],
      end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
      productId: 'nettverksboten',
    };
  });
  const all = [...meetings, ...events];
  const { error, value } = createEvents(all, {
    calName: feedText.calendarName,
    productId: 'nettverksboten',
    method: 'PUBLISH',
  });
  if (error) throw error;
  // RFC 5545 TEXT allows no control character but the tab; the lines end in CRLF.
  return withoutControls(value ?? '');
}

export function mountDeadlineFeed(routes: HttpRoutes, s: Services): void {
  routes.get(FEED_PATH, async (req, res) => {
    const v = s.signer.verify(FEED_PATH, req.query ?? {}, s.clock.now());
    if (!v.ok || !v.params.t || !v.params.n) {
      res.sendRaw(403, meetingText.linkInvalid, { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    // A link of an earlier generation (replaced by «ny kalenderlenke», or after «slett nettverksdata») is gone for good.
    if (!(await isCurrentGeneration(s, v.params))) {
      res.sendRaw(410, deadlineText.feedReplaced, { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    const network = { tenantId: v.params.t, networkId: v.params.n };
    const today = localDateOf(s.clock.now(), s.config.timezone);
    // A date no command takes any more (a plan's «Når?» of «des 9999», or one kept from before the
    // rule) stays out: 9999-12-31 ends on a day iCalendar cannot write, and calendars refuse the whole feed.
    const deadlines = (await s.store.deadlines.listOpen(network.tenantId, network.networkId)).filter(
      (d) => !tooFarAhead(d.date, today, d.date),
    );
    const meetings = await meetingsIn(s, network, addDays(today, -FEED_PAST_DAYS), addDays(today, FEED_AHEAD_DAYS));
    const stored = await s.store.networks.get(network.tenantId, network.networkId);
    const asked = new Set<LocalDate>();
    for (const m of meetings) if (m.conflict && (await holidayAsked(s, network, m.uidDate))) asked.add(m.uidDate);
    const ctx: FeedContext = {
      now: s.clock.now(),
      today,
      asked,
      since: stored?.createdAt ? new Date(stored.createdAt) : null,
    };
    res.sendRaw(
      200,
      await deadlinesIcs(
        deadlines,
        meetingEvents(
          meetings,
          network.networkId,
          feedText.meetingTitle(stored?.name ?? ''),
          ctx,
          stored ? ((await seriesOf(s, stored)).series.place ?? '') : '',
        ),
        stored?.name ?? '',
      ),
      { 'Content-Type': 'text/calendar; charset=utf-8' },
    );
  });
}
