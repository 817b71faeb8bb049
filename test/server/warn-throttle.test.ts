import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { WarnThrottle } from '../../src/server/warn-throttle.ts';
import { ManualClock } from '../../src/time/clock.ts';

function capture() {
  const lines: any[] = [];
  const log = createLogger('info', { write: (s: string) => void lines.push(JSON.parse(s)) });
  return { log, lines };
}

describe('WarnThrottle', () => {
  it('logs the first lines of a window one by one, then counts the rest by reason and says so once', () => {
    const { log, lines } = capture();
    const clock = new ManualClock('2026-11-30T12:00:00Z');
    const throttle = new WarnThrottle(log, clock, { message: 'token rejected', perWindow: 3, windowMs: 60_000 });
    for (let i = 0; i < 10; i++) throttle.warn({ reason: i % 2 ? 'bad signature' : 'expired' });
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.level === 40 && l.msg === 'token rejected')).toBe(true);
    clock.advance(59_999);
    throttle.warn({ reason: 'expired' });
    expect(lines).toHaveLength(3);
    clock.advance(1);
    throttle.warn({ reason: 'wrong audience' });
    // The summary of what was held back, then the new window's first line.
    expect(lines).toHaveLength(5);
    expect(lines[3]).toMatchObject({ level: 40, suppressed: 8, byReason: { expired: 4, 'bad signature': 4 } });
    expect(lines[4]).toMatchObject({ reason: 'wrong audience', msg: 'token rejected' });
  });

  it('says nothing extra when nothing was held back', () => {
    const { log, lines } = capture();
    const clock = new ManualClock('2026-11-30T12:00:00Z');
    const throttle = new WarnThrottle(log, clock, { message: 'token rejected', perWindow: 3 });
    throttle.warn({ reason: 'expired' });
    clock.advance(120_000);
    throttle.warn({ reason: 'expired' });
    expect(lines.map((l) => l.suppressed)).toEqual([undefined, undefined]);
  });
});
