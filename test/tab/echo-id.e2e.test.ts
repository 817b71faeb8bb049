// Attack round 6, A10: an id from the URL was echoed in the 404 cut at 20 characters without «…»,
// so "aaaaaaaaaa01019012345" came back with ten of the number's eleven digits. The id is masked
// before it is cut, and a cut id ends in «…».
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from './api-support.ts';

const kari = person('Kari Nordmann', 1);
const fnr = '01019012345';

let app: TabApp;
let net: NetworkFixture;
beforeAll(async () => {
  app = await startTabApp();
  net = netOf(app, 1);
  app.members(net, [kari]);
  await app.install(net, kari);
});
afterAll(async () => {
  await app?.close();
});

/** Seven or more digits of the number in a row, as the body shows them. */
function leaks(body: unknown): string[] {
  const text = JSON.stringify(body);
  return (text.match(/\d{7,}/g) ?? []).filter((run) => fnr.includes(run) || run.includes(fnr.slice(0, 7)));
}

describe('ids echoed in tab errors (A10)', () => {
  it('never gives back most of an identity number, however long the padding before it', async () => {
    const token = await app.token(kari);
    for (let pad = 0; pad <= 14; pad++) {
      const id = 'a'.repeat(pad) + fnr;
      const calls = [
        app.api(`${tabApi.tasks(net.teamId)}/${id}`, { token, method: 'POST', body: { action: 'done' } }),
        app.api(`${tabApi.overview(net.teamId).replace(/\/overview$/, '')}/minutes/${id}`, { token }),
        app.api(`${tabApi.overview(net.teamId).replace(/\/overview$/, '')}/deadlines/${id}/delivered`, {
          token,
          method: 'POST',
          body: {},
        }),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status, id).toBe(404);
        expect(leaks(res.body), `${id}: ${JSON.stringify(res.body)}`).toEqual([]);
      }
    }
  });

  it('a long id is cut with «…», a short one is echoed as it is', async () => {
    const token = await app.token(kari);
    const long = await app.api(`${tabApi.tasks(net.teamId)}/${'b'.repeat(40)}`, {
      token,
      method: 'POST',
      body: { action: 'done' },
    });
    expect(JSON.stringify(long.body)).toContain('…');
    expect(JSON.stringify(long.body)).not.toContain('B'.repeat(30));
    const short = await app.api(`${tabApi.tasks(net.teamId)}/T999`, {
      token,
      method: 'POST',
      body: { action: 'done' },
    });
    expect(JSON.stringify(short.body)).toContain('T999');
    expect(JSON.stringify(short.body)).not.toContain('T999…');
  });
});
