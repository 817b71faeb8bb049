import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { addDays } from '../../src/time/local-date.ts';

// Finding N9 (month round 8): a confirmation card («Avlyse oppgave T8?») left unused for a week said
// «Dette kortet er allerede brukt» when pressed: the nightly sweep had removed its expired row, and an
// unknown nonce reads as used. A card past its own time says it has expired, and what to write.
const ola = person('Ola Hansen', 1); // leader
const kari = person('Kari Nordmann', 2);
const app = appPerTest(ola, '2027-03-05T09:00:00Z');

function button(bodies: any[], verb: string): any {
  for (const b of bodies)
    for (const a of b.attachments ?? [])
      for (const act of a.content?.actions ?? []) if (act.verb === verb) return act.data;
  return undefined;
}

async function click(t: TestApp, net: NetworkFixture, verb: string, data: unknown) {
  const res = await t.post(cardAction(net, ola, verb, data, { thread: '970002', replyToId: '970002' }));
  expect(res.status).toBe(200);
  return JSON.stringify(res.body);
}

describe('N9: an unused confirmation card past its time', () => {
  it('a week later, after the nightly sweeps, says it has expired and what to write; a fresh card works', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '970001');
    await s.say(ola, 'oppgave @Kari Nordmann lage årshjul innen 30.03', { mentions: [kari] });
    const old = button(await s.bodies(ola, 'avlys oppgave T1'), 'task.cancel');
    expect(old).toBeTruthy();
    for (let day = '2027-03-06'; day <= '2027-03-12'; day = addDays(day, 1)) {
      for (const hour of ['02:00', '09:00']) {
        t.clock.set(`${day}T${hour}:00Z`);
        await t.app.services.scheduler.tick();
      }
    }
    const answer = await click(t, net, 'task.cancel', old);
    expect(answer).not.toContain('allerede brukt');
    expect(answer).toContain('utløpt');
    expect(answer).toContain('avlys oppgave T1');
    const task = () => t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1');
    expect((await task())!.status).toBe('open');
    const fresh = button(await s.bodies(ola, 'avlys oppgave T1'), 'task.cancel');
    const before = t.connector.emulator.calls.length;
    await click(t, net, 'task.cancel', fresh);
    expect((await task())!.status).toBe('cancelled');
    // The task's own card, redrawn: who cancelled it is said once, not twice in other words.
    const redrawn = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    expect(redrawn).toContain('Avlyst av Ola Hansen (12.03.2027)');
    expect(redrawn).not.toContain('avlyste den');
    // The used card pressed again is still «used», not «expired».
    expect(await click(t, net, 'task.cancel', fresh)).toContain('allerede brukt');
  });
});
