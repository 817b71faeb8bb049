import { afterAll, beforeAll, expect, it } from 'vitest';
import { deadlineDeliveredResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { speaker } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, T1, type TabApp } from './api-support.ts';

// Attack round 10, A2: «Levert» in the tab on a deadline the card asks about first (N11: long before its
// date, the period it reports on not over, the checklist half done) answered 200 «… var allerede merket
// som levert» while the deadline stayed open and its reminders went on. Now the tab is asked the same
// question (409, nothing changed) and marks it when the person confirms.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

let app: TabApp;
let net: NetworkFixture;
beforeAll(async () => {
  app = await startTabApp({ clock: new ManualClock('2026-11-23T08:00:00Z') });
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari, ola]);
  await speaker(app.t, net, '720001').say(kari, 'frist 15.03.2027 Søknad om midler');
  await speaker(app.t, net, '720002').say(kari, 'frist 01.12.2026 Regnskap');
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const open = async (title: string) =>
  (await app.t.app.services.store.deadlines.listOpen(T1, net.teamId)).find((x) => x.title === title)!;

it('a deadline months ahead is asked about, not said to be delivered, and stays open', async () => {
  const d = await open('Søknad om midler');
  const res = await app.api(tabApi.delivered(net.teamId, d.id), { token: await app.token(ola), method: 'POST' });
  expect(res.status).toBe(409);
  expect(res.body.error).toContain('virkelig levert');
  expect(res.body.error).toContain('15.03.2027');
  expect(res.body.error).not.toContain('allerede');
  expect((await open('Søknad om midler')).status).toBe('open');
});

it('the same request with confirm marks it, once, by the person who confirmed', async () => {
  const d = await open('Søknad om midler');
  const res = await app.api(tabApi.delivered(net.teamId, d.id), {
    token: await app.token(ola),
    method: 'POST',
    body: { confirm: true },
  });
  expect(res.status).toBe(200);
  const body = deadlineDeliveredResponse.parse(res.body);
  expect(body.deadline).toMatchObject({ status: 'done', doneBy: 'Ola Hansen' });
  expect(body.message).not.toContain('allerede');
  const again = await app.api(tabApi.delivered(net.teamId, d.id), {
    token: await app.token(kari),
    method: 'POST',
    body: { confirm: true },
  });
  expect(again.status).toBe(200);
  expect(deadlineDeliveredResponse.parse(again.body).message).toContain('allerede');
});

it('a deadline with nothing to ask about is marked at once, as before', async () => {
  const d = await open('Regnskap');
  const res = await app.api(tabApi.delivered(net.teamId, d.id), { token: await app.token(ola), method: 'POST' });
  expect(res.status).toBe(200);
  expect(deadlineDeliveredResponse.parse(res.body).deadline.status).toBe('done');
});

it('a confirm that is not true or false is a 400 naming the field', async () => {
  const res = await app.api(tabApi.delivered(net.teamId, 'F1'), {
    token: await app.token(ola),
    method: 'POST',
    body: { confirm: 'ja' },
  });
  expect(res.status).toBe(400);
  expect(res.body.error).toContain('confirm');
});
