import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { feedLinkOf } from '../support/feed-link.ts';
import { botAddedToTeam, cardAction, networkFixture, person, type NetworkFixture } from '../support/teams.ts';

// Attacker round 5, A11: a throw-away team's leader wrote «felles frist» into every other network
// naming the same Statsforvalter. A shared deadline now reaches another network only as an offer
// that network's own leader accepts.

// Monday 23 November 2026, 09:00 in Oslo.
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1); // installs the bot in A: A's leader
const ola = person('Ola Hansen', 2); // a member of A
const mallory = person('Mallory Utenfra', 66); // installs the bot in a throw-away team B: B's leader

const app = appPerTest(kari, MONDAY);
const say = sayer({});
const TITLE = 'Søknad om midler – send skjema til https://evil.example/bufdir';

async function at(t: TestApp, iso: string): Promise<void> {
  t.clock.set(iso);
  await t.app.services.scheduler.tick();
}

async function setup() {
  const { t, net: a } = await app(1);
  const b = networkFixture(t.connector.url, 2);
  expect((await t.post(botAddedToTeam(b, mallory))).status).toBe(200);
  await say(t, a, ola, 'hei');
  expect(await say(t, a, kari, 'statsforvalter Oslo og Viken')).toContain('Oslo og Viken');
  expect(await say(t, b, mallory, 'statsforvalter Oslo og Viken')).toContain('Oslo og Viken');
  return { t, a, b };
}

const offerCards = (t: TestApp, net: NetworkFixture) =>
  t.connector.emulator.calls.filter(
    (c) =>
      c.kind === 'create' &&
      c.body.channelData?.channel?.id === net.channelId &&
      JSON.stringify(c.body).includes('foreslår en felles frist'),
  );
const titles = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => d.title);
const nudgesIn = (t: TestApp, net: NetworkFixture) =>
  t.connector.emulator.calls.filter(
    (c) =>
      c.kind === 'create' &&
      c.body.channelData?.channel?.id === net.channelId &&
      JSON.stringify(c.body).includes(`Frist: ${TITLE}`),
  );
const offerIdOf = (body: unknown) => /"offerId":"([^"]+)"/.exec(JSON.stringify(body))?.[1] ?? '';

describe('«felles frist» reaches another network only as an offer its own leaders accept', () => {
  it("an outsider's offer is not listed, in the feed or nudged in A until A's leader accepts; members and other networks' leaders cannot accept", async () => {
    const { t, a, b } = await setup();
    const sent = await say(t, b, mallory, `felles frist 30.12 ${TITLE}`);
    expect(sent).toContain('foreslått');
    // The sender's own network has it at once.
    expect(await titles(t, b)).toContain(TITLE);

    // A gets a card naming who proposed it, @mentioning A's leaders; nothing is in A's register.
    const [offer] = offerCards(t, a);
    expect(offer).toBeDefined();
    const body = JSON.stringify(offer!.body);
    expect(body).toContain('Læringsnettverk 2 (Mallory Utenfra) foreslår en felles frist');
    expect(body).toContain('Legg inn hos oss');
    expect(body).toContain('Avslå');
    expect(JSON.stringify(offer!.body.activity.entities)).toContain(kari.id);
    const offerId = offerIdOf(offer!.body);
    expect(offerId).not.toBe('');
    expect(await titles(t, a)).not.toContain(TITLE);
    expect(await say(t, a, ola, 'frister')).not.toContain('evil.example');
    const feed = await (await fetch(await feedLinkOf(t, a, kari))).text();
    expect(feed).not.toContain('evil.example');
    await at(t, '2026-12-16T08:00:00Z'); // 14 days before
    expect(nudgesIn(t, a)).toHaveLength(0);
    expect(nudgesIn(t, b)).toHaveLength(1);

    // A member of A cannot accept; B's leader cannot accept for A, from B's channel or from A's.
    const data = { offerId, networkId: a.teamId };
    const byMember = await t.post(cardAction(a, ola, 'deadline.offer.accept', data));
    expect(JSON.stringify(byMember.body)).toContain('Bare nettverkets ledere');
    const fromB = await t.post(cardAction(b, mallory, 'deadline.offer.accept', data));
    expect(JSON.stringify(fromB.body)).toContain('hører til et annet nettverk');
    const inA = await t.post(cardAction(a, mallory, 'deadline.offer.accept', data));
    expect(JSON.stringify(inA.body)).toContain('Bare nettverkets ledere');
    expect(await titles(t, a)).not.toContain(TITLE);

    // A's leader accepts: listed, in the feed, nudged from now on, and says who proposed it.
    const accepted = await t.post(cardAction(a, kari, 'deadline.offer.accept', data));
    expect(JSON.stringify(accepted.body)).toContain('Kari Nordmann');
    expect(await titles(t, a)).toContain(TITLE);
    const listed = await t.app.services.store.deadlines.listOpen(a.tenantId, a.teamId);
    expect(listed.find((d) => d.title === TITLE)!.source).toContain('Læringsnettverk 2 (Mallory Utenfra)');
    expect(await (await fetch(await feedLinkOf(t, a, kari))).text()).toContain('evil.example');
    // A second click adds no second copy.
    await t.post(cardAction(a, kari, 'deadline.offer.accept', data));
    expect((await titles(t, a)).filter((x) => x === TITLE)).toHaveLength(1);
    await at(t, '2026-12-23T08:00:00Z'); // 7 days before
    expect(nudgesIn(t, a)).toHaveLength(1);
  });

  it('a declined offer never reaches A, and a network that names the Statsforvalter later gets offers, not deadlines', async () => {
    const { t, a, b } = await setup();
    await say(t, b, mallory, `felles frist 30.12 ${TITLE}`);
    const offerId = offerIdOf(offerCards(t, a)[0]!.body);
    const declined = await t.post(cardAction(a, kari, 'deadline.offer.decline', { offerId, networkId: a.teamId }));
    expect(JSON.stringify(declined.body)).toContain('Avslått');
    await t.post(cardAction(a, kari, 'deadline.offer.accept', { offerId, networkId: a.teamId }));
    expect(await titles(t, a)).not.toContain(TITLE);

    // A third network joins later: B's shared deadline comes as an offer there too.
    const c = networkFixture(t.connector.url, 3);
    await t.post(botAddedToTeam(c, kari));
    const joined = await say(t, c, kari, 'statsforvalter Oslo og Viken');
    expect(joined).toContain('1 felles frist');
    expect(await titles(t, c)).not.toContain(TITLE);
    expect(offerCards(t, c)).toHaveLength(1);
  });
});
