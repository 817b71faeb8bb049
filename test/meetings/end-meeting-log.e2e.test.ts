import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/time/clock.ts';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { person } from '../support/teams.ts';
import { speaker } from './channel-support.ts';

// Issue #14: `avslutt møte` read and parsed the whole meeting log twice (once for the end entry,
// once more for the minutes). It reads it once; the minutes posted are the same.
const kari = person('Kari Nordmann', 1);

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('avslutt møte', () => {
  it('reads the meeting log once, and the minutes still hold every line and the end', async () => {
    const started = await startWithNetworks(1, kari, { clock: new ManualClock('2026-11-27T08:00:00Z') });
    t = started.t;
    const net = started.nets[0]!;
    const s = speaker(t, net, '820001');
    await s.say(kari, 'start møte');
    await s.say(kari, 'vedtak: felles fagdag i mars');
    await s.say(kari, 'info: Bufetat kan holde opplæring');
    const meetings = t.app.services.store.meetings;
    const read = meetings.entries.bind(meetings);
    let reads = 0;
    meetings.entries = async (...args) => {
      reads++;
      return read(...args);
    };
    const out = await s.say(kari, 'avslutt møte');
    expect(reads).toBe(1);
    expect(out).toContain('felles fagdag i mars');
    expect(out).toContain('Bufetat kan holde opplæring');
    const [m] = await meetings.ended(net.tenantId, net.teamId, 1);
    expect(m?.status).toBe('ended');
    expect(((await read(net.tenantId, net.teamId, m!.id)) as { kind: string }[]).at(-1)?.kind).toBe('end');
  });
});
