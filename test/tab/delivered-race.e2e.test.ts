import { afterAll, beforeAll, expect, it } from 'vitest';
import { deadlineDeliveredResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { speaker } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, T1, type TabApp } from './api-support.ts';

// Review 1, item 5: when another instance marks the deadline delivered between the tab's read and
// its own conditional write, the tab says it was delivered already, not that this click did it.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Persen', 3);

let app: TabApp;
let net: NetworkFixture;
beforeAll(async () => {
  app = await startTabApp({ clock: new ManualClock('2026-11-23T08:00:00Z') });
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari, ola, per]);
  await speaker(app.t, net, '710001').say(kari, 'frist 15.12 Rapportering til Statsforvalteren');
}, 60_000);
afterAll(async () => {
  await app?.close();
});

it('says «allerede» when another instance marked it delivered first', async () => {
  const deadlines = app.t.app.services.store.deadlines;
  const [d] = await deadlines.listOpen(T1, net.teamId);
  const markDoneOnce = deadlines.markDoneOnce.bind(deadlines);
  // Per's click on another instance lands just before Ola's write.
  deadlines.markDoneOnce = async (tenantId, networkId, id, by, now) => {
    deadlines.markDoneOnce = markDoneOnce;
    await markDoneOnce(tenantId, networkId, id, per, now);
    return markDoneOnce(tenantId, networkId, id, by, now);
  };
  const res = await app.api(tabApi.delivered(net.teamId, d!.id), { token: await app.token(ola), method: 'POST' });
  expect(res.status).toBe(200);
  const body = deadlineDeliveredResponse.parse(res.body);
  expect(body.deadline).toMatchObject({ status: 'done', doneBy: 'Per Persen' });
  expect(body.message).toContain('allerede');
  // Ola's own click on an open deadline still says it is marked now.
  await speaker(app.t, net, '710002').say(kari, 'frist 16.12 Regnskap');
  const [e] = (await deadlines.listOpen(T1, net.teamId)).filter((x) => x.title === 'Regnskap');
  const own = await app.api(tabApi.delivered(net.teamId, e!.id), { token: await app.token(ola), method: 'POST' });
  expect(deadlineDeliveredResponse.parse(own.body).message).not.toContain('allerede');
});
