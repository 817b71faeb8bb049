import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/time/clock.ts';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker, type Speaker } from '../meetings/channel-support.ts';

// "innen fredag" typed on Friday 18 December lands on 25 December: the card names the holiday, so
// the owner and the leader see it at once instead of after the nudges go quiet over Christmas.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

describe('a task due on a public holiday', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let s: Speaker;
  beforeAll(async () => {
    const started = await startWithNetworks(1, kari, { clock: new ManualClock('2026-12-18T08:00:00Z') });
    t = started.t;
    net = started.nets[0]!;
    s = speaker(t, net, '830001');
  });
  afterAll(async () => t?.close());

  it('says on the card that the due date is a holiday', async () => {
    const out = await s.say(kari, 'oppgave @Ola Hansen sende rapportutkast innen 25.12', { mentions: [ola] });
    expect(out).toContain('fredag 25. desember 2026 (første juledag, en fridag)');
  });

  it('says nothing extra for an ordinary working day', async () => {
    const out = await s.say(kari, 'oppgave @Ola Hansen bestille lokale innen 23.12', { mentions: [ola] });
    expect(out).toContain('onsdag 23. desember 2026');
    expect(out).not.toContain('fridag');
  });
});
