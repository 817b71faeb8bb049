import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person, personalMessage } from '../support/teams.ts';

// Month round 9, N6: «angre» after task updates in the meeting («oppgave T2 utsett …», «oppgave T3 ny
// ansvarlig @…», «T1 er ferdig») took back older lines (the approval of the minutes, then a note) and left
// the task change standing. «angre» takes back the person's last line, a task change too.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-08-27T07:05:00Z');

async function secondMeeting() {
  const started = await start();
  const { t, net } = started;
  await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
  let s = speaker(t, net, '880001');
  await s.say(kari, 'start møte');
  await s.say(kari, 'oppgave @Ola Hansen lage årshjul innen 17.05.2028', { mentions: [ola] });
  await s.say(kari, 'oppgave @Ola Hansen sende budsjett innen 01.10.2027', { mentions: [ola] });
  await s.say(kari, 'oppgave @Ola Hansen kontakte RBUP innen 08.10.2027', { mentions: [ola] });
  await s.say(kari, 'avslutt møte');
  t.clock.set('2027-09-24T07:05:00Z');
  s = speaker(t, net, '880002');
  await s.say(kari, 'start møte');
  await s.say(kari, 'neste');
  expect(await s.say(kari, 'godkjent')).toContain('27.08.2027');
  await s.say(kari, 'neste');
  await s.say(ola, 'info: Ola forteller om kartleggingen', { mention: false });
  return { ...started, s };
}

describe('«angre» after a task change in the meeting', () => {
  it('takes back the task changes one line at a time, newest first, before the older lines', async () => {
    const { t, net, s } = await secondMeeting();
    const tasks = t.app.services.store.tasks;
    const get = async (id: string) => (await tasks.get(net.tenantId, net.teamId, id))!;
    t.clock.advance(60_000);
    await s.say(kari, 'oppgave T2 utsett 15.10.2027', { mention: false });
    t.clock.advance(60_000);
    await s.say(kari, 'oppgave T3 ny ansvarlig @Kari Nordmann', { mentions: [kari], mention: false });
    t.clock.advance(60_000);
    await s.say(kari, 'T1 er ferdig', { mention: false });
    expect((await get('T1')).status).toBe('done');

    const first = await s.say(kari, 'angre', { mention: false });
    expect(first).toContain('Angret');
    expect(first).toContain('T1');
    expect(first).not.toContain('godkjenningen');
    expect((await get('T1')).status).toBe('open');
    expect((await t.app.services.store.meetings.get(net.tenantId, net.teamId, 'M1'))?.approvedIn).toBe('M2');

    const callsBefore = t.connector.emulator.calls.length;
    const second = await s.say(kari, 'angre', { mention: false });
    expect(second).toContain('T3');
    const t3 = await get('T3');
    expect(t3.owners.map((o) => o.name)).toEqual(['Ola Hansen']);
    // Ola, who was told T3 was taken from him, hears it is his again.
    const toOla = t.connector.emulator.calls
      .slice(callsBefore)
      .filter((c) => c.status < 300 && c.conversationId?.includes(`personal-${ola.id}`));
    expect(JSON.stringify(toOla.map((c) => c.body))).toContain('Den er din igjen');

    const third = await s.say(kari, 'angre', { mention: false });
    expect(third).toContain('T2');
    const t2 = await get('T2');
    expect(t2.due).toBe('2027-10-01');
    expect(t2.status).toBe('open');

    // Only now the older line: the approval of the minutes.
    expect(await s.say(kari, 'angre', { mention: false })).toContain('godkjenningen av referatet fra 27.08.2027');

    // The minutes hold none of the changes taken back.
    const minutes = await s.say(kari, 'avslutt møte');
    expect(minutes).not.toContain('ny frist 15.10.2027');
    expect(minutes).not.toContain('ansvarlig nå Kari Nordmann');
    expect(minutes).not.toMatch(/T1 «lage årshjul»: ferdig/);
  });

  it('says it cannot take back a task change someone changed since, with the command that does, and skips nothing', async () => {
    const { t, net, s } = await secondMeeting();
    const get = async (id: string) => (await t.app.services.store.tasks.get(net.tenantId, net.teamId, id))!;
    t.clock.advance(60_000);
    await s.say(kari, 'T1 er ferdig', { mention: false });
    t.clock.advance(60_000);
    await s.say(ola, 'oppgave T1 tekst lage årshjul for 2028', { mention: false });
    const reply = await s.say(kari, 'angre', { mention: false });
    expect(reply).toContain('oppgave T1 åpne igjen');
    expect(reply).toContain('Ola Hansen');
    expect(reply).not.toContain('Angret');
    expect((await get('T1')).status).toBe('done');
    // The approval, older than the task change, is still in force.
    expect((await t.app.services.store.meetings.get(net.tenantId, net.teamId, 'M1'))?.approvedIn).toBe('M2');
  });
});

describe('«angre» after a click on a task card in the meeting thread', () => {
  it('takes back the click, as it would the typed line', async () => {
    const { t, net, s } = await secondMeeting();
    t.clock.advance(60_000);
    const click = await t.post(
      cardAction(net, kari, 'task.done', { taskId: 'T1', networkId: net.teamId, shown: 'open' }, { thread: '880002' }),
    );
    expect(click.status).toBe(200);
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.status).toBe('done');
    const reply = await s.say(kari, 'angre', { mention: false });
    expect(reply).toContain('T1');
    expect(reply).not.toContain('godkjenningen');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.status).toBe('open');
  });
});
