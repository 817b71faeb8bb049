import type { EventAttributes } from 'ics';
import type { Server } from 'restify';
import type { Services } from '../app/services.ts';
import { meetingText } from '../i18n/index.ts';
import { isCurrentGeneration, linkGeneration } from '../security/link-generation.ts';
import type { Deadline } from './deadline.ts';

const FEED_PATH = '/feeds/frister.ics';

/** A signed, long-lived link: calendar apps poll it without a Teams login. */
export async function feedUrl(s: Services, tenantId: string, networkId: string): Promise<string> {
  return s.publicUrl() + s.signer.sign(FEED_PATH, { t: tenantId, n: networkId, g: await linkGeneration(s, tenantId, networkId) });
}

export async function deadlinesIcs(deadlines: Deadline[]): Promise<string> {
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
      calName: 'Nettverksboten – frister',
      productId: 'nettverksboten',
    };
  });
  const { error, value } = createEvents(events.length ? events : [], { calName: 'Nettverksboten – frister', productId: 'nettverksboten' });
  if (error) throw error;
  return value ?? '';
}

export function mountDeadlineFeed(server: Server, s: Services): void {
  server.get(FEED_PATH, async (req, res) => {
    const v = s.signer.verify(FEED_PATH, req.query ?? {}, s.clock.now());
    if (!v.ok || !v.params.t || !v.params.n || !(await isCurrentGeneration(s, v.params))) {
      res.sendRaw(403, meetingText.linkInvalid, { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    const deadlines = await s.store.deadlines.listOpen(v.params.t, v.params.n);
    res.sendRaw(200, await deadlinesIcs(deadlines), { 'Content-Type': 'text/calendar; charset=utf-8' });
  });
}
