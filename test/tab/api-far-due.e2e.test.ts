// Attacker round 5, A4: the tab's postpone took any date up to 9999-12-31, stored it, then answered 500.
// One rule now: a task's due date is at most two years ahead, in the tab, the chat and on the card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { speaker, type Speaker } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from './api-support.ts';

const kari = person('Kari Nordmann', 1); // installed the bot: leader
const ola = person('Ola Hansen', 2);

let app: TabApp;
let net: NetworkFixture;
let s: Speaker;
let token = '';
const due = async (id: string) => (await app.t.app.services.store.tasks.get(net.tenantId, net.teamId, id))?.due;

beforeAll(async () => {
  app = await startTabApp({ clock: new ManualClock('2026-11-30T08:00:00Z') }); // Monday 30 November 2026
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari, ola]);
  s = speaker(app.t, net, '710001');
  await s.say(kari, 'oppgave @Ola Hansen sende rapport innen 10.12', { mentions: [ola] }); // T1
  token = await app.token(ola);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

describe('a due date more than two years ahead is refused everywhere, never stored, never a 500', () => {
  it('the tab refuses 9999-12-31 and 2029-01-01 with 400 and an example, and still takes 2028-11-30', async () => {
    for (const far of ['9999-12-31', '9999-12-30', '2029-01-01', '2028-12-01']) {
      const res = await app.api(tabApi.task(net.teamId, 'T1'), { token, body: { action: 'postpone', due: far } });
      expect(res.status, far).toBe(400);
      expect(res.body.error).toContain('to år');
      expect(res.body.error).toMatch(/\d{1,2}\.\d{1,2}\.\d{4}/);
      expect(await due('T1')).toBe('2026-12-10');
    }
    const edge = await app.api(tabApi.task(net.teamId, 'T1'), {
      token,
      body: { action: 'postpone', due: '2028-11-30' },
    });
    expect(edge.status).toBe(200);
    expect(edge.body.task).toMatchObject({ due: '2028-11-30' });
  });

  it('the chat refuses it for «utsett», «ny frist» and a new task’s «innen», and the card’s «Utsett» too', async () => {
    await s.say(kari, 'oppgave @Ola Hansen bestille lokale innen 15.12', { mentions: [ola] }); // T2
    for (const words of ['oppgave T2 utsett 1.1.2030', 'oppgave T2 ny frist 31.12.2033']) {
      const out = await s.say(ola, words);
      expect(out, words).toContain('to år');
      expect(await due('T2')).toBe('2026-12-15');
    }
    // A year far beyond any rule is read as a typo by the date reader itself (attack round 12 A1).
    expect(await s.say(ola, 'oppgave T2 ny frist 31.12.9999')).toContain('mer enn ti år fram i tid');
    expect(await due('T2')).toBe('2026-12-15');
    const created = await s.say(kari, 'oppgave @Ola Hansen skrive sluttrapport innen 1.6.2031', { mentions: [ola] });
    expect(created).toContain('to år');
    expect(await app.t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T3')).toBeNull();
    const click = await app.t.post(
      cardAction(net, ola, 'task.postpone', { taskId: 'T2', networkId: net.teamId, newDue: '9999-12-31' }),
    );
    expect(JSON.stringify(click.body)).toContain('to år');
    expect(await due('T2')).toBe('2026-12-15');
  });
});
