import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/time/clock.ts';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { sentSince } from '../support/chat.ts';
import { channelMessage, person, personalMessage, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Month round 5, N2: `frister` and `agenda` in a personal chat told a member «Jeg finner ikke noe
// nettverk du er med i» right after «mine oppgaver» listed his network: only leaders' roles were
// asked. A person is in a network also when he owns a task there or has written to the bot in its
// channel; someone the bot never saw there still is in none.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2); // member with a task
const per = person('Per Olsen', 3); // member who has written to the bot
const eva = person('Eva Berg', 4); // never seen

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

async function personal(app: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const before = app.connector.emulator.calls.length;
  const res = await app.post(personalMessage(app.connector.url, net.tenantId, who, text));
  expect(res.status).toBe(200);
  return JSON.stringify(sentSince(app, before).map((c) => c.body));
}

async function inChannel(
  app: TestApp,
  net: NetworkFixture,
  who: TestPerson,
  text: string,
  mentions: TestPerson[] = [],
) {
  const res = await app.post(channelMessage(net, who, text, { mentions }));
  expect(res.status).toBe(200);
}

describe('N2: the personal views know a member’s network', () => {
  it('a task owner and a member who wrote in the channel see the network’s frister and agenda; a stranger does not', async () => {
    const started = await startWithNetworks(1, kari, { clock: new ManualClock('2026-11-30T09:00:00Z') });
    t = started.t;
    const net = started.nets[0]!;
    await inChannel(t, net, kari, 'frist 15.12.2026 Rapport til Statsforvalteren');
    await inChannel(t, net, kari, 'oppgave @Ola Hansen samle innspill til søknaden innen 10.12', [ola]);
    await inChannel(t, net, per, 'oppgaver');

    expect(await personal(t, net, ola, 'mine oppgaver')).toContain('samle innspill til søknaden');
    const olaDeadlines = await personal(t, net, ola, 'frister');
    expect(olaDeadlines).not.toContain('Jeg finner ikke noe nettverk');
    expect(olaDeadlines).toContain('Rapport til Statsforvalteren');

    const perDeadlines = await personal(t, net, per, 'frister');
    expect(perDeadlines).not.toContain('Jeg finner ikke noe nettverk');
    expect(perDeadlines).toContain('Rapport til Statsforvalteren');
    expect(await personal(t, net, per, 'agenda')).not.toContain('Jeg finner ikke noe nettverk');

    expect(await personal(t, net, eva, 'frister')).toContain('Jeg finner ikke noe nettverk');
  });
});
