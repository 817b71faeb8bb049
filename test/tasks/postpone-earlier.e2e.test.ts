import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { speaker, type Speaker } from '../meetings/channel-support.ts';

// A stranger's month: «Utsett» on T6 (due 31.12) with 20.12 moved the due date earlier, on a Sunday,
// and called it «Utsatt»; and picking a task in «mine oppgaver» replaced the whole list with that task.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

describe('Utsett never moves a due date earlier, and says when the new date is a day off', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let s: Speaker;
  const due = async (id: string) => (await t.app.services.store.tasks.get(net.tenantId, net.teamId, id))!;
  const click = async (verb: string, data: object) =>
    JSON.stringify((await t.post(cardAction(net, ola, verb, { networkId: net.teamId, ...data }))).body);
  beforeAll(async () => {
    ({ t, net } = await startAt('2026-12-14T09:00:00Z', kari)); // Monday 14 December
    s = speaker(t, net, '816001');
    await s.say(kari, 'oppgave @Ola Hansen sende rapport innen 31.12', { mentions: [ola] });
    await s.say(kari, 'oppgave @Ola Hansen bestille lokale innen 18.12', { mentions: [ola] });
  });
  afterAll(async () => t?.close());

  it('the card refuses an earlier date and says how to move the due date forward instead', async () => {
    const out = await click('task.postpone', { taskId: 'T1', newDue: '2026-12-20' });
    expect(out).toContain('før fristen den har nå (31.12.2026)');
    expect(out).toContain('oppgave T1 ny frist 20.12');
    expect((await due('T1')).due).toBe('2026-12-31');
  });

  it('the command refuses an earlier date too, and «ny frist» moves it earlier without calling it postponed', async () => {
    expect(await s.say(ola, 'oppgave T1 utsett 20.12')).toContain('før fristen den har nå');
    expect((await due('T1')).due).toBe('2026-12-31');
    const out = await s.say(ola, 'oppgave T1 ny frist 20.12');
    expect(out).toContain('søndag 20. desember 2026');
    expect(out).toContain('helg');
    const task = await due('T1');
    expect(task.due).toBe('2026-12-20');
    expect(task.status).not.toBe('postponed');
  });

  it('a later date on a weekend or holiday is saved and named as such', async () => {
    expect(await click('task.postpone', { taskId: 'T2', newDue: '2026-12-26' })).toContain('andre juledag');
    expect(await click('task.postpone', { taskId: 'T2', newDue: '2027-01-09' })).toContain('helg');
    expect((await due('T2')).due).toBe('2027-01-09');
  });

  it('a task picked in «mine oppgaver» has a way back to the list', async () => {
    const list = await s.say(ola, 'mine oppgaver');
    const data = JSON.parse(/"verb":"task\.show","data":(\{[^}]+\})/.exec(list)![1]!);
    const shown = await click('task.show', data);
    expect(shown).toContain('Oppgave T');
    const back = JSON.parse(/"verb":"task\.list","data":(\{[^}]+\})/.exec(shown)![1]!);
    expect(shown).toContain('Tilbake til listen');
    const again = await click('task.list', back);
    expect(again).toContain('Mine åpne oppgaver');
    expect(again).toContain('sende rapport');
    expect(again).toContain('bestille lokale');
  });
});
