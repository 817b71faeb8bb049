import { DateTime } from 'luxon';
import type { Services } from '../../app/services.ts';
import { upcoming } from '../../meetings/planning.ts';
import { canAdvance } from '../../time/clock.ts';

export type Jump = 'hour' | 'day' | 'week' | 'next-meeting';

const HOUR = 3_600_000;
/**
 * «+1 dag» and «+1 uke» are calendar steps in the network's time zone: the same clock time on the next
 * day, as a person thinks of «tomorrow», 23 or 25 hours on across a daylight saving change (N17).
 */
const CALENDAR_DAYS: Record<'day' | 'week', number> = { day: 1, week: 7 };
/** The scheduler's default lease: what nextClaimable needs to see claims that ran out. */
const LEASE_MS = 15_000;
/** A month holds a few hundred due moments at most; the cap only guards against a loop. */
const MAX_STEPS = 5_000;

export type TravelResult =
  { ok: true; from: Date; to: Date; jobs: number } | { ok: false; reason: 'fixed-clock' | 'no-meeting' };

/**
 * "Spol fram": moves the clock to the target, stopping at every moment a planned job falls due
 * and running the scheduler there, so each notice, reminder and nudge is sent at its own time (a
 * working-hours deferral, a re-planning job at 06:00) exactly as the days would have run.
 */
export async function travel(s: Services, jump: Jump, tenantId: string): Promise<TravelResult> {
  const clock = s.clock;
  if (!canAdvance(clock)) return { ok: false, reason: 'fixed-clock' };
  const from = clock.now();
  let target: Date;
  if (jump === 'next-meeting') {
    const starts: Date[] = [];
    for (const network of await s.store.networks.listActive(tenantId)) {
      const next = (await upcoming(s, network, 3)).find((m) => m.status === 'planned' && m.start > from);
      if (next) starts.push(next.start);
    }
    if (!starts.length) return { ok: false, reason: 'no-meeting' };
    target = new Date(Math.min(...starts.map((d) => d.getTime())));
  } else if (jump === 'hour') {
    target = new Date(from.getTime() + HOUR);
  } else {
    target = DateTime.fromJSDate(from, { zone: s.config.timezone }).plus({ days: CALENDAR_DAYS[jump] }).toJSDate();
  }
  let jobs = 0;
  for (let step = 0; step < MAX_STEPS; step++) {
    const at = await s.store.jobs.nextClaimable(LEASE_MS, s.scheduler.owner);
    if (!at || at > target) break;
    const now = clock.now();
    if (at > now) clock.advance(at.getTime() - now.getTime());
    const r = await s.scheduler.tick();
    jobs += r.done + r.deferred + r.failed;
  }
  const now = clock.now();
  if (target > now) clock.advance(target.getTime() - now.getTime());
  const r = await s.scheduler.tick();
  jobs += r.done + r.deferred + r.failed;
  return { ok: true, from, to: clock.now(), jobs };
}
