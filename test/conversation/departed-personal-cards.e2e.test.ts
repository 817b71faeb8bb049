// Trust review, item 5: a press on a card in the personal chat («Ferdig», «Utsett» on a «mine
// oppgaver» card, «Levert» on a deadline reminder) was refused only when the bot had heard the person
// leave the team. The personal views also ask Teams' roster (stillMemberOf); a press now answers to the
// same rule, so someone the roster no longer lists cannot act on the network from there either.
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say, sentSince } from '../support/chat.ts';
import { person, personalCardAction, type NetworkFixture, type TestPerson } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // installs the bot: leader
const ola = person('Ola Hansen', 2);
const eva = person('Eva Berg', 3);
const app = appPerTest(kari, '2026-11-23T08:00:00Z');
const GONE = 'Du er ikke lenger med i teamet';

function roster(t: TestApp, net: NetworkFixture, people: TestPerson[]) {
  const list = people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
  t.connector.emulator.setMembers(net.channelId, list);
  t.connector.emulator.setMembers(net.teamId, list);
}

async function press(t: TestApp, net: NetworkFixture, who: TestPerson, verb: string, data: object) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(personalCardAction(net.serviceUrl, net.tenantId, who, verb, data));
  return { answer: JSON.stringify(res.body), posted: sentSince(t, before) };
}

const taskStatus = async (t: TestApp, net: NetworkFixture, id: string) =>
  (await t.app.services.store.tasks.get(net.tenantId, net.teamId, id))?.status;

describe('card presses in the personal chat by someone the roster no longer lists', () => {
  it('are refused with why, for tasks and deadlines, and change nothing; a member still acts', async () => {
    const { t, net } = await app(1);
    roster(t, net, [kari, ola, eva]);
    await say(t, net, kari, 'frist 10.12.2026 Rapport til Statsforvalteren');
    await say(t, net, kari, 'oppgave @Ola Hansen lage notat innen 20.12', { mentions: [ola] });
    await say(t, net, kari, 'oppgave @Eva Berg skrive rapport innen 20.12', { mentions: [eva] });
    const t1 = { taskId: 'T1', networkId: net.teamId };
    const t2 = { taskId: 'T2', networkId: net.teamId };

    // Eva leaves the team; the leaving event never reached the bot, Teams' roster says so.
    roster(t, net, [kari, ola]);
    for (const [verb, data] of [
      ['task.done', t2],
      ['task.postpone', { ...t2, newDue: '2027-01-10' }],
      ['deadline.done', { deadlineId: 'F1', networkId: net.teamId }],
    ] as const) {
      const { answer, posted } = await press(t, net, eva, verb, data);
      expect(answer, verb).toContain(GONE);
      expect(posted, verb).toEqual([]);
    }
    expect(await taskStatus(t, net, 'T2')).toBe('open');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2'))?.due).toBe('2026-12-20');
    expect((await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.status).toBe('open');

    // Ola, still listed, marks his own task from his personal chat as before.
    const { answer } = await press(t, net, ola, 'task.done', t1);
    expect(answer).not.toContain(GONE);
    expect(await taskStatus(t, net, 'T1')).toBe('done');
  });
});
