import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say as chatSay } from '../support/chat.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Session 11, P1 item 2: adults the network knows (its members as Teams' roster lists them, its
// leaders, its municipalities) are not children. «svar fra familien til Eva Berg» about a member
// was refused as naming a child; a child sign naming someone not on the roster still is.

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const eva = person('Eva Berg', 3);
const THREAD = '871102';
const CHILD = 'ser ut til å handle om et enkelt barn';

const setup = appPerTest(kari, '2026-11-27T08:00:00Z');
const say = (t: TestApp, net: NetworkFixture, who: TestPerson, text: string, mentions: TestPerson[] = []) =>
  chatSay(t, net, who, text, { thread: THREAD, mentions, status: (s) => expect(s).toBe(200) });

function roster(t: TestApp, net: NetworkFixture, people: TestPerson[]) {
  const list = people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
  t.connector.emulator.setMembers(net.channelId, list);
  t.connector.emulator.setMembers(net.teamId, list);
}

describe('names on the network roster', () => {
  it('a member, a leader and a municipality pass in a child’s frame; anyone else is still refused', async () => {
    const { t, net } = await setup();
    roster(t, net, [kari, ola, eva]);
    await say(t, net, kari, 'kommuner Hurdal, Nes');
    await say(t, net, kari, 'start møte');
    for (const typed of [
      'info: svar fra familien til Eva Berg',
      'info: svar fra familien til Kari Nordmann',
      'info: Kari Nordmann (45) tar saken',
      'vedtak: saken om Hurdal (3 år) avsluttes',
    ]) {
      const out = await say(t, net, ola, typed);
      expect(out, typed).not.toContain(CHILD);
      expect(out, typed).toContain('✓');
    }
    for (const [typed, name] of [
      ['info: familien til Amina har flyttet', 'Amina'],
      ['info: svar fra familien til Eva Hansen', 'Eva Hansen'],
      ['info: gutten Jonas (9 år) bor hos mor', 'Jonas'],
    ] as const) {
      const out = await say(t, net, ola, typed);
      expect(out, typed).toContain(CHILD);
      expect(out, typed).not.toContain(name);
    }
    // A task in the meeting the same way.
    const ok = await say(t, net, kari, 'oppgave @Ola Hansen ringe familien til Eva Berg innen 15.12', [ola]);
    expect(ok).not.toContain(CHILD);
    const refused = await say(t, net, kari, 'oppgave @Ola Hansen ringe familien til Amina innen 15.12', [ola]);
    expect(refused).toContain(CHILD);
    const tasks = await t.app.services.store.tasks.listAll(net.tenantId, net.teamId);
    expect(tasks.map((x) => x.text)).toEqual([expect.stringContaining('Eva Berg')]);
  });

  it('without a roster to ask, the leaders the store knows still pass', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    const out = await say(t, net, ola, 'info: svar fra familien til Kari Nordmann');
    expect(out).not.toContain(CHILD);
    expect(out).toContain('✓');
    expect(await say(t, net, ola, 'info: svar fra familien til Eva Berg')).toContain(CHILD);
  });

  it('a task in the channel, no meeting running, the same way', async () => {
    const { t, net } = await setup();
    roster(t, net, [kari, ola, eva]);
    const ok = await chatSay(t, net, kari, 'oppgave @Ola Hansen ringe familien til Eva Berg innen 15.12', {
      mentions: [ola],
      status: (s) => expect(s).toBe(200),
    });
    expect(ok).not.toContain(CHILD);
    const refused = await chatSay(t, net, kari, 'oppgave @Ola Hansen ringe familien til Amina innen 15.12', {
      mentions: [ola],
      status: (s) => expect(s).toBe(200),
    });
    expect(refused).toContain(CHILD);
    expect(refused).not.toContain('Amina');
    const tasks = await t.app.services.store.tasks.listAll(net.tenantId, net.teamId);
    expect(tasks.map((x) => x.text)).toEqual([expect.stringContaining('Eva Berg')]);
  });
});
