import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Attack round 6, A5: a click on «Slett alt» with the nonce changed was told «allerede brukt». A
// card that was tampered with is no used card: it gets its own message, deletes nothing, and does
// not use up the real confirmation.

const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1);
const start = appPerTest(kari, MONDAY);
const say = sayer({ thread: '720001', status: (status) => expect(status).toBe(200) });

async function askErase(t: TestApp, net: NetworkFixture): Promise<Record<string, string>> {
  const asked = await say(t, net, kari, 'slett nettverksdata');
  return JSON.parse(/"verb":"network\.erase","data":(\{[^}]+\})/.exec(asked)![1]!);
}

const USED = 'allerede brukt';
const INVALID = 'Ugyldig bekreftelse';

/** The nonce with one character changed, as a hand-edited request would have it. */
function oneCharOff(nonce: string, at: number): string {
  const c = nonce[at]!;
  return nonce.slice(0, at) + (c === 'A' ? 'B' : 'A') + nonce.slice(at + 1);
}

describe('a forged confirmation nonce (A5)', () => {
  it('is called invalid, not used, deletes nothing, and leaves the real card working', async () => {
    const { t, nets } = await start();
    const [a] = nets as [NetworkFixture];
    const store = t.app.services.store;
    await say(t, a, kari, 'frist 10.12.2026 søknad');
    const data = await askErase(t, a);
    const forged = [
      { ...data, nonce: 'AAAAAAAAAAAAAAAAAAAA' },
      { ...data, nonce: oneCharOff(data.nonce!, 0) },
      { ...data, nonce: oneCharOff(data.nonce!, data.nonce!.length - 1) },
      { ...data, nonce: data.nonce!.slice(0, 24) },
    ];
    for (const d of forged) {
      for (const verb of ['network.erase', 'network.erase.cancel']) {
        const res = await t.post(cardAction(a, kari, verb, d));
        expect(res.status).toBe(200);
        const body = JSON.stringify(res.body);
        expect(body, `${verb} ${d.nonce}`).toContain(INVALID);
        expect(body).not.toContain(USED);
      }
    }
    expect((await store.deadlines.listOpen(a.tenantId, a.teamId)).map((d) => d.title)).toEqual(['søknad']);

    // The genuine card still deletes, and a second click on it is «allerede brukt», as before.
    const real = await t.post(cardAction(a, kari, 'network.erase', data));
    expect(JSON.stringify(real.body)).toMatch(/slettet nettverkets data/);
    const again = await t.post(cardAction(a, kari, 'network.erase', data));
    expect(JSON.stringify(again.body)).toContain(USED);
  });
});
