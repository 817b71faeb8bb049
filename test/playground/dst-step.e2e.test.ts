import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { ManualClock } from '../../src/time/clock.ts';

// Month round 8, N17: «+1 dag» from Thu 25 March 2027 17:16 went to «søndag 28. mars kl. 18:16» across
// the change to summer time: the step was 24 hours, not one calendar day. A person thinks of «tomorrow»
// at the same clock time, so «+1 dag» and «+1 uke» keep the local wall time in Europe/Oslo; «+1 time»
// stays one hour of real time.

describe('«Spol fram» across a daylight saving change (N17)', () => {
  let t: TestApp | null = null;
  afterEach(async () => {
    await t?.close();
    t = null;
  });
  const jump = async (to: 'hour' | 'day' | 'week') => {
    const res = await fetch(`${t!.app.url}/playground/api/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jump: to }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { message: string; now: string };
  };
  const feedNow = async () =>
    ((await (await fetch(`${t!.app.url}/playground/api/feed?as=leader`)).json()) as { now: string }).now;

  it('«+1 dag» keeps 17:16 through the spring change, and the status line says the same', async () => {
    t = await startTestApp({ clock: new ManualClock('2027-03-25T16:16:00Z') }); // Thu 25 Mar 17:16 CET
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) seen.push((await jump('day')).message);
    expect(seen[1]).toContain('lørdag 27. mars 2027 kl. 17:16');
    expect(seen[2]).toContain('søndag 28. mars 2027 kl. 17:16');
    expect(seen[4]).toContain('tirsdag 30. mars 2027 kl. 17:16');
    for (const m of seen) expect(m).toContain('kl. 17:16');
    expect(t.app.services.clock.now().toISOString()).toBe('2027-03-30T15:16:00.000Z'); // CEST
    expect(await feedNow()).toContain('tirsdag 30. mars 2027 kl. 17:16');
  });

  it('«+1 dag» and «+1 uke» keep the clock time through the autumn change; «+1 time» is one real hour', async () => {
    t = await startTestApp({ clock: new ManualClock('2027-10-30T07:00:00Z') }); // Sat 30 Oct 09:00 CEST
    expect((await jump('day')).message).toContain('søndag 31. oktober 2027 kl. 09:00');
    expect(t.app.services.clock.now().toISOString()).toBe('2027-10-31T08:00:00.000Z'); // CET: 25 hours on
    expect((await jump('week')).message).toContain('søndag 7. november 2027 kl. 09:00');
    expect((await jump('hour')).message).toContain('kl. 10:00');
  });

  it('«+1 uke» across the spring change keeps the clock time', async () => {
    t = await startTestApp({ clock: new ManualClock('2027-03-24T08:00:00Z') }); // Wed 24 Mar 09:00 CET
    expect((await jump('week')).message).toContain('onsdag 31. mars 2027 kl. 09:00');
  });
});
