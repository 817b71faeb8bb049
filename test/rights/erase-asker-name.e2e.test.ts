import { describe, expect, it } from 'vitest';
import { appPerTest, sentSince, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { cardsOf, executeActions } from '../support/cards.ts';
import { issueConfirmation } from '../../src/conversation/confirmations.ts';

// The «levert» card's fault (s12 #5) on «Slette alle nettverkets data?»: «Bedt om av X» was rewritten
// to whoever answered, so the leader who confirmed was named as the one who asked, the asker not at all.
const kari = person('Kari Nordmann', 1); // the installer, the first leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-23T08:00:00Z');

async function askedByOla() {
  const { t, net } = await start();
  const s = speaker(t, net, '963001');
  await s.say(kari, 'leder + @Ola Hansen', { mentions: [ola] });
  await s.say(kari, 'frist 10.12.2026 søknad om overføring');
  const before = t.connector.emulator.calls.length;
  await s.say(ola, 'slett nettverksdata');
  const asked = sentSince(t, before)
    .flatMap((c) => cardsOf(c.body))
    .find((c) => JSON.stringify(c).includes('network.erase'));
  expect(JSON.stringify(asked)).toContain('Bedt om av Ola Hansen.');
  const answer = async (verb: string, who = kari, edit: Record<string, unknown> = {}) => {
    const a = executeActions(asked).find((x) => x.verb === verb)!;
    const res = await t.post(cardAction(net, who, a.verb, { ...a.data, ...edit }, { thread: '963001' }));
    expect(res.status).toBe(200);
    return JSON.stringify(res.body);
  };
  const deadlines = async () => (await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).length;
  return { t, net, answer, deadlines };
}

describe('the erase card keeps the name of the one who asked', () => {
  it('confirmed by another leader: the asker stays named, the confirmer is named as the one who erased', async () => {
    const { answer, deadlines } = await askedByOla();
    const shown = await answer('network.erase');
    expect(shown).toContain('Bedt om av Ola Hansen.');
    expect(shown).toMatch(/Kari Nordmann slettet nettverkets data \(\d+ oppføring/);
    expect(shown).not.toContain('Bedt om av Kari Nordmann');
    expect(await deadlines()).toBe(0);
  });

  it('«Avbryt» by another leader: the asker stays named, the canceller on the outcome', async () => {
    const { answer, deadlines } = await askedByOla();
    const shown = await answer('network.erase.cancel');
    expect(shown).toContain('Bedt om av Ola Hansen.');
    expect(shown).toContain('Kari Nordmann avbrøt slettingen.');
    expect(await deadlines()).toBe(1);
  });

  it('a second click after the first: still the asker’s name, not the late clicker’s', async () => {
    const { answer } = await askedByOla();
    await answer('network.erase.cancel', ola);
    const shown = await answer('network.erase', kari);
    expect(shown).toContain('Bedt om av Ola Hansen.');
    expect(shown).toContain('allerede brukt');
    expect(shown).not.toContain('Bedt om av Kari Nordmann');
  });

  it('a name edited in the button data erases nothing and leaves the card usable', async () => {
    const { answer, deadlines } = await askedByOla();
    const edited = await answer('network.erase', kari, { askedBy: 'Eva Berg' });
    expect(edited).not.toContain('slettet nettverkets data');
    // Told the card was altered (the MAC covers the name), not that it was «allerede brukt».
    expect(edited).toContain('Ugyldig bekreftelse');
    expect(edited).not.toContain('allerede brukt');
    expect(await deadlines()).toBe(1);
    expect(await answer('network.erase')).toContain('Kari Nordmann slettet nettverkets data');
    expect(await deadlines()).toBe(0);
  });

  it('a card posted before the asker rode along (no name in its data) still erases', async () => {
    const { t, net, deadlines } = await askedByOla();
    // Issued and signed as such cards were: the purpose without an asker, the buttons without «askedBy».
    const n = { tenantId: net.tenantId, networkId: net.teamId };
    const old = await issueConfirmation(t.app.services.store, n, 'network.erase', t.clock.now(), 3_600_000);
    const tag = t.app.services.signer.tag('network.erase', `${n.tenantId}\n${n.networkId}\n${old.nonce}`);
    const data = { networkId: net.teamId, expires: old.expires, nonce: old.nonce + tag };
    const res = await t.post(cardAction(net, kari, 'network.erase', data, { thread: '963001' }));
    expect(JSON.stringify(res.body)).toContain('Kari Nordmann slettet nettverkets data');
    expect(await deadlines()).toBe(0);
  });

  it('a card from the hour before the MAC covered the name (name in the data, MAC over the nonce) still erases', async () => {
    const { t, net, deadlines } = await askedByOla();
    const n = { tenantId: net.tenantId, networkId: net.teamId };
    const old = await issueConfirmation(t.app.services.store, n, 'network.erase:Ola Hansen', t.clock.now(), 3_600_000);
    const tag = t.app.services.signer.tag('network.erase', `${n.tenantId}\n${n.networkId}\n${old.nonce}`);
    const data = { networkId: net.teamId, expires: old.expires, nonce: old.nonce + tag, askedBy: 'Ola Hansen' };
    const res = JSON.stringify((await t.post(cardAction(net, kari, 'network.erase', data, { thread: '963001' }))).body);
    expect(res).toContain('Kari Nordmann slettet nettverkets data');
    expect(res).toContain('Bedt om av Ola Hansen.');
    expect(await deadlines()).toBe(0);
  });
});
