import type { EventAttributes } from 'ics';
import type { Services } from '../app/services.ts';
import { meetingText } from '../i18n/index.ts';
import { isCurrentGeneration, linkGeneration } from '../security/link-generation.ts';
import { feedText } from '../i18n/calendar.ts';
import { meetingsIn } from '../meetings/planning.ts';
import type { PlannedMeeting } from '../meetings/occurrences.ts';
import { addDays, localDateOf } from '../time/local-date.ts';
import type { Deadline } from './deadline.ts';
import type { HttpRoutes } from '../commands/http-route.ts';

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

/**
 * A meeting keeps one UID from the date the series gave it, so a move reaches calendars as the same
 * event with a higher SEQUENCE, and a cancellation as STATUS:CANCELLED, instead of a new event.
 */
export function meetingEvents(
  meetings: PlannedMeeting[],
  networkId: string,
  title: string,
  now: Date,
): EventAttributes[] {
  const host = networkId.replace(/[^\w.-]/g, '');
  return meetings.map((m) => ({
    uid: `meeting-${m.kind === 'extra' ? 'x-' : ''}${m.uidDate}@${host}.nettverksboten`,
    title: m.status === 'cancelled' ? feedText.cancelledTitle(title) : title,
    description: m.reason ?? '',
    start: utcParts(m.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(m.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    sequence: m.revision,
    timestamp: now.getTime(),
    productId: 'nettverksboten',
  }));
}

export async function deadlinesIcs(deadlines: Deadline[], meetings: EventAttributes[] = []): Promise<string> {
  // ics (with yup) is only needed when a calendar polls the feed: loaded then, not at every start.
  const { createEvents } = await import('ics');
  const events: EventAttributes[] = deadlines.map((d) => {
    const [y, m, day] = d.date.split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(y, m - 1, day + 1));
    return {
      uid: `${d.id}-${d.date}@${d.networkId.replace(/[^\w.-]/g, '')}.nettverksboten`,
      title: d.title,
      description: [d.source, ...d.checklist.map((c) => `- ${c}`)].join('\n'),
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
  return value ?? '';
}

export function mountDeadlineFeed(routes: HttpRoutes, s: Services): void {
  routes.get(FEED_PATH, async (req, res) => {
    const v = s.signer.verify(FEED_PATH, req.query ?? {}, s.clock.now());
    if (!v.ok || !v.params.t || !v.params.n || !(await isCurrentGeneration(s, v.params))) {
      res.sendRaw(403, meetingText.linkInvalid, { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    const deadlines = await s.store.deadlines.listOpen(v.params.t, v.params.n);
    const network = { tenantId: v.params.t, networkId: v.params.n };
    const today = localDateOf(s.clock.now(), s.config.timezone);
    const meetings = await meetingsIn(s, network, addDays(today, -FEED_PAST_DAYS), addDays(today, FEED_AHEAD_DAYS));
    const name = (await s.store.networks.get(network.tenantId, network.networkId))?.name ?? '';
    res.sendRaw(
      200,
      await deadlinesIcs(
        deadlines,
        meetingEvents(meetings, network.networkId, feedText.meetingTitle(name), s.clock.now()),
      ),
      { 'Content-Type': 'text/calendar; charset=utf-8' },
    );
  });
}
