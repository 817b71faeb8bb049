import { addDays } from '../../src/time/local-date.ts';
import type { TestApp } from './app.ts';

type ConnectorCall = TestApp['connector']['emulator']['calls'][number];

/**
 * Sets the clock to `iso` and ticks the scheduler `ticks` times, so what is due then runs, and so do
 * the jobs that work schedules for the same moment. Never a sleep: tests move time themselves.
 */
export async function tickAt(t: TestApp, iso: string, ticks = 4): Promise<void> {
  t.clock.set(iso);
  for (let i = 0; i < ticks; i++) await t.app.services.scheduler.tick();
}

/** Every date from `from` to `to` (yyyy-mm-dd), both included. */
export function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * Walks the clock through each day at each of `hours` (hh:mm, UTC), ticking the scheduler once at
 * each, and records the connector calls `keep` accepts with the day they were made on.
 */
export async function walkDays(
  t: TestApp,
  days: string[],
  hours: string[],
  keep: (call: ConnectorCall) => boolean,
): Promise<{ day: string; body: string }[]> {
  const log: { day: string; body: string }[] = [];
  for (const day of days) {
    for (const hour of hours) {
      const before = t.connector.emulator.calls.length;
      t.clock.set(`${day}T${hour}:00Z`);
      await t.app.services.scheduler.tick();
      for (const c of t.connector.emulator.calls.slice(before))
        if (keep(c)) log.push({ day, body: JSON.stringify(c.body) });
    }
  }
  return log;
}

/**
 * Ticks the scheduler once at each whole UTC hour from `first` to `last` of each day from `from` to
 * `to`, skipping hours the clock has already passed, and hands every connector call made at a tick
 * to `seen` with that hour (ISO).
 */
export async function eachHour(
  t: TestApp,
  from: string,
  to: string,
  { first, last }: { first: number; last: number },
  seen: (call: ConnectorCall, at: string) => void,
): Promise<void> {
  for (const day of datesFrom(from, to))
    for (let h = first; h <= last; h++) {
      const at = `${day}T${String(h).padStart(2, '0')}:00:00Z`;
      if (Date.parse(at) < t.clock.now().getTime()) continue;
      const before = t.connector.emulator.calls.length;
      t.clock.set(at);
      await t.app.services.scheduler.tick();
      for (const c of t.connector.emulator.calls.slice(before)) seen(c, at);
    }
}
