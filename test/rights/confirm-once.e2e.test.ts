import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Monday 23 November 2026, 09:00 in Oslo.
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1); // installs the bot: leader
const ola = person('Ola Hansen', 2); // member

const start = appPerTest(kari, MONDAY);

const say = sayer({ thread: '710001', status: (status) => expect(status).toBe(200) });

/** Asks for deletion and reads the data the card's "Slett alt" button sends. */
async function askErase(t: TestApp, net: NetworkFixture): Promise<Record<string, string>> {
  const asked = await say(t, net, kari, 'slett nettverksdata');
  expect(asked).toContain('Slette alle nettverkets data?');
  return JSON.parse(/"verb":"network\.erase","data":(\{[^}]+\})/.exec(asked)![1]!);
}

const USED = 'Denne bekreftelsen er allerede brukt';

describe('single-use confirmations: slett nettverksdata', () => {
  it('a second click on the same "Slett alt" deletes nothing that came after and says the confirmation was used', async () => {
    const { t, nets } = await start();
    const [a] = nets as [NetworkFixture];
    const store = t.app.services.store;
    await say(t, a, kari, 'frist 10.12.2026 gammel søknad');
    const data = await askErase(t, a);

    const first = await t.post(cardAction(a, kari, 'network.erase', data));
    expect(JSON.stringify(first.body)).toMatch(/Kari Nordmann slettet nettverkets data \(\d+ oppføringer\)/);
    expect(await store.deadlines.listOpen(a.tenantId, a.teamId)).toEqual([]);

    expect(await say(t, a, kari, 'frist 15.12.2026 ny rapport')).toContain('ny rapport');
    const kept = await store.deadlines.listOpen(a.tenantId, a.teamId);
    expect(kept.map((d) => d.title)).toEqual(['ny rapport']);

    // The same card clicked again (a later click, a replayed request): nothing goes.
    const again = await t.post(cardAction(a, kari, 'network.erase', data));
    expect(again.status).toBe(200);
    expect(JSON.stringify(again.body)).toContain(USED);
    expect(JSON.stringify(again.body)).not.toContain('slettet nettverkets data');
    expect((await store.deadlines.listOpen(a.tenantId, a.teamId)).map((d) => d.title)).toEqual(['ny rapport']);

    // "Avbryt" on the used card changes nothing either, and does not claim it was cancelled.
    const cancel = await t.post(cardAction(a, kari, 'network.erase.cancel', data));
    expect(JSON.stringify(cancel.body)).toContain(USED);
    expect((await store.deadlines.listOpen(a.tenantId, a.teamId)).map((d) => d.title)).toEqual(['ny rapport']);
  });

  it('a double click deletes once; the second click reports the confirmation used, not a wrong count', async () => {
    const { t, nets } = await start();
    const [a] = nets as [NetworkFixture];
    const store = t.app.services.store;
    await say(t, a, kari, 'frist 10.12.2026 søknad om overføring');
    await say(t, a, kari, 'frist 11.12.2026 rapport til Statsforvalteren');
    const data = await askErase(t, a);

    const clicks = await Promise.all([
      t.post(cardAction(a, kari, 'network.erase', data)),
      t.post(cardAction(a, kari, 'network.erase', data)),
    ]);
    const bodies = clicks.map((c) => JSON.stringify(c.body));
    const erased = bodies.filter((b) => /slettet nettverkets data \(\d+ oppføringer\)/.test(b));
    const used = bodies.filter((b) => b.includes(USED));
    expect(erased).toHaveLength(1);
    expect(used).toHaveLength(1);
    // The count is what was there: at least the two deadlines, never 0 from a second pass.
    expect(Number(/\((\d+) oppføringer\)/.exec(erased[0]!)![1])).toBeGreaterThanOrEqual(2);
    expect(await store.deadlines.listOpen(a.tenantId, a.teamId)).toEqual([]);
  });

  it('a refused click (member, other network) does not use up the confirmation; cancel does', async () => {
    const { t, nets } = await start(2);
    const [a, b] = nets as [NetworkFixture, NetworkFixture];
    const store = t.app.services.store;
    await say(t, a, kari, 'frist 10.12.2026 søknad');
    const data = await askErase(t, a);

    expect(JSON.stringify((await t.post(cardAction(a, ola, 'network.erase', data))).body)).toContain(
      'Bare nettverkets ledere kan slette',
    );
    expect(JSON.stringify((await t.post(cardAction(b, kari, 'network.erase', data))).body)).toContain(
      'hører til et annet nettverk',
    );
    // A forged or tampered nonce is refused as well, and called invalid (attack round 6, A5).
    const forged = await t.post(cardAction(a, kari, 'network.erase', { ...data, nonce: 'x'.repeat(32) }));
    expect(JSON.stringify(forged.body)).toContain('Ugyldig bekreftelse');
    expect(await store.deadlines.listOpen(a.tenantId, a.teamId)).toHaveLength(1);

    const cancel = await t.post(cardAction(a, kari, 'network.erase.cancel', data));
    expect(JSON.stringify(cancel.body)).toContain('Kari Nordmann avbrøt slettingen');
    // A cancelled card is answered; a stale copy of it on someone's screen cannot delete later.
    const late = await t.post(cardAction(a, kari, 'network.erase', data));
    expect(JSON.stringify(late.body)).toContain(USED);
    expect(await store.deadlines.listOpen(a.tenantId, a.teamId)).toHaveLength(1);

    // A new request gets a new card that works.
    const fresh = await askErase(t, a);
    expect(fresh.nonce).not.toBe(data.nonce);
    expect(JSON.stringify((await t.post(cardAction(a, kari, 'network.erase', fresh))).body)).toContain(
      'slettet nettverkets data',
    );
    expect(await store.deadlines.listOpen(a.tenantId, a.teamId)).toEqual([]);
  });
});
