import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker, type Speaker } from '../meetings/channel-support.ts';

// Month s13 #10: T4 was made without a due date, and Per's «T4 ny frist fredag» showed «Utsatt … flyttet
// fristen», which then followed T4 in every nudge and list as if he had put it off. The bot's own hint for
// a task without a due date also said «utsett». A first due date keeps the task open and says it got one.
const kari = person('Kari Nordmann', 1); // leader
const per = person('Per Olsen', 3);

describe('s13 #10: a first due date on a task without one', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let s: Speaker;
  beforeAll(async () => {
    ({ t, net } = await startAt('2026-12-18T09:00:00Z', kari)); // Friday 18 December
    s = speaker(t, net, '913601');
  });
  afterAll(async () => t?.close());

  it('the hint says «ny frist», and the task stays «Åpen» and reads «ga den frist»', async () => {
    const made = await s.say(kari, 'oppgave @Per Olsen bestille lunsj til fagdagen', { mentions: [per] });
    expect(made).toContain('T1 har ingen frist. Sett en med «oppgave T1 ny frist 15.01»');
    const out = await s.say(per, 'oppgave T1 ny frist 08.01');
    expect(out).toContain('ga den frist 08.01.2027');
    expect(out).not.toContain('Utsatt');
    expect(out).not.toContain('flyttet fristen');
    const task = (await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!;
    expect(task.due).toBe('2027-01-08');
    expect(task.status).toBe('open');
    // A later date after that is a postponement, as before.
    expect(await s.say(per, 'oppgave T1 utsett 15.01')).toContain('flyttet fristen til 15.01.2027');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.status).toBe('postponed');
  });
});
