import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker, type Speaker } from '../meetings/channel-support.ts';

// A stranger's month: «kan jeg få utsatt T2 til 1. februar?» only showed T2's card, the date unused;
// and a refusal named Kari twice («Bare den ansvarlige (Kari Nordmann) eller en leder i nettverket (Kari Nordmann)»).
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

describe('a task change asked as a question', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let s: Speaker;
  beforeAll(async () => {
    ({ t, net } = await startAt('2027-01-08T09:00:00Z', kari));
    s = speaker(t, net, '812001');
    await s.say(kari, 'oppgave @Ola Hansen lage budsjett innen 15.1', { mentions: [ola] });
    await s.say(kari, 'oppgave @Ola Hansen bestille lokale innen 22.1', { mentions: [ola] });
    await s.say(kari, 'oppgave @Kari Nordmann sende invitasjon innen 22.1', { mentions: [kari] });
  });
  afterAll(async () => t?.close());

  it('applies a postponement asked for politely, and says so', async () => {
    const out = await s.say(ola, 'kan jeg få utsatt T2 til 1. februar?');
    expect(out).toContain('mandag 1. februar 2027');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2'))!.due).toBe('2027-02-01');
  });

  it('still only shows the task when the question asks how it stands', async () => {
    await s.say(ola, 'er T1 ferdig?');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.status).not.toBe('done');
  });

  it('names a person once when the owner is also the leader', async () => {
    const out = await s.say(ola, 'oppgave T3 ferdig');
    expect(out).toContain('Bare Kari Nordmann');
    expect(out.match(/Kari Nordmann/g) ?? []).toHaveLength(1);
  });
});
