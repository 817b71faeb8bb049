import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say as chatSay } from '../support/chat.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Review 1, H1: with «Sara Berg» and «Jonas Lie» on the team's roster, a child called Sara or Jonas
// got past the input check in every age frame. Through the real server: only a member's full name,
// outside a child's frame, is let through.

const kari = person('Kari Nordmann', 1);
const sara = person('Sara Berg', 2);
const jonas = person('Jonas Lie', 3);
const THREAD = '871203';
const CHILD = 'ser ut til å handle om et enkelt barn';

const setup = appPerTest(kari, '2026-11-27T08:00:00Z');
const say = (t: TestApp, net: NetworkFixture, who: TestPerson, text: string, mentions: TestPerson[] = []) =>
  chatSay(t, net, who, text, { thread: THREAD, mentions, status: (s) => expect(s).toBe(200) });

function roster(t: TestApp, net: NetworkFixture, people: TestPerson[]) {
  const list = people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
  t.connector.emulator.setMembers(net.channelId, list);
  t.connector.emulator.setMembers(net.teamId, list);
}

async function storedTexts(t: TestApp, net: NetworkFixture): Promise<string> {
  const m = await t.app.services.store.meetings.running(net.tenantId, net.teamId);
  const entries = m ? await t.app.services.store.meetings.entries(net.tenantId, net.teamId, m.id) : [];
  return JSON.stringify(entries);
}

describe('a member’s first name does not let a child through (review 1, H1)', () => {
  it('a child’s first name in an age frame is refused though a member has it; a member’s full name passes', async () => {
    const { t, net } = await setup();
    roster(t, net, [kari, sara, jonas]);
    await say(t, net, kari, 'start møte');
    for (const typed of [
      'info: Jenta på 7 år, Sara, har flyttet',
      'info: Jenta på 7 år, Sara har flyttet',
      'info: gutten (9) jonas trenger ny skoleplass',
      'info: 8 år gamle jonas bor i beredskapshjem',
      'info: gutten på 9 år, Jonas, har flyttet',
      'info: familien til Sara har flyttet',
      'info: jenta Sara Berg (7 år) har flyttet',
      'info: Jonas Lie, 9 år, har flyttet',
    ]) {
      const out = await say(t, net, kari, typed);
      expect(out, typed).toContain(CHILD);
      expect(out, typed).not.toContain('Sara');
      expect(out, typed).not.toMatch(/jonas/i);
    }
    const stored = await storedTexts(t, net);
    expect(stored).not.toMatch(/sara|jonas/i);

    for (const typed of ['info: svar fra familien til Sara Berg', 'info: mor til jonas lie ringte']) {
      const out = await say(t, net, kari, typed);
      expect(out, typed).not.toContain(CHILD);
      expect(out, typed).toContain('✓');
    }
    const after = await storedTexts(t, net);
    expect(after).toContain('familien til Sara Berg');
    expect(after).toContain('mor til jonas lie');
  });

  it('a channel task naming a child by a member’s first name is refused and not stored', async () => {
    const { t, net } = await setup();
    roster(t, net, [kari, sara, jonas]);
    const out = await chatSay(t, net, kari, 'oppgave @Sara Berg finne skoleplass til gutten (9) jonas innen 15.12', {
      mentions: [sara],
      status: (s) => expect(s).toBe(200),
    });
    expect(out).toContain(CHILD);
    expect(await t.app.services.store.tasks.listAll(net.tenantId, net.teamId)).toEqual([]);
  });
});
