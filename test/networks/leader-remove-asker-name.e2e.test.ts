import { describe, expect, it } from 'vitest';
import { appPerTest, sentSince, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { cardsOf, executeActions } from '../support/cards.ts';
import { issueConfirmation } from '../../src/conversation/confirmations.ts';

// The «levert» card's fault (s12 #5) on «Fjerne Kari Nordmann som leder?»: «Spurt av X» was rewritten
// to whoever answered, so the leader who confirmed was named as the one who asked, the asker not at all.
const kari = person('Kari Nordmann', 1); // the installer, the first leader
const ola = person('Ola Hansen', 2);
const lise = person('Lise Berg', 3);
const start = appPerTest(kari, '2027-09-17T08:00:00Z');

async function askedByOla() {
  const { t, net } = await start();
  const s = speaker(t, net, '962001');
  await s.say(kari, 'leder + @Ola Hansen', { mentions: [ola] });
  await s.say(kari, 'leder + @Lise Berg', { mentions: [lise] });
  const before = t.connector.emulator.calls.length;
  await s.say(ola, 'leder - @Kari Nordmann', { mentions: [kari] });
  const asked = sentSince(t, before)
    .flatMap((c) => cardsOf(c.body))
    .find((c) => JSON.stringify(c).includes('leader.remove'));
  expect(JSON.stringify(asked)).toContain('Spurt av Ola Hansen');
  const answer = async (verb: string, who = lise, edit: Record<string, unknown> = {}) => {
    const a = executeActions(asked).find((x) => x.verb === verb)!;
    const res = await t.post(cardAction(net, who, a.verb, { ...a.data, ...edit }, { thread: '962001' }));
    expect(res.status).toBe(200);
    return JSON.stringify(res.body);
  };
  const leaders = async () =>
    (await t.app.services.store.people.listRole(net.tenantId, net.teamId, 'leader')).map((p) => p.name).sort();
  return { t, net, answer, leaders };
}

describe('the leader removal card keeps the name of the one who asked', () => {
  it('confirmed by another leader: the asker stays named, the confirmer is named as the one who removed', async () => {
    const { answer, leaders } = await askedByOla();
    const shown = await answer('leader.remove');
    expect(shown).toContain('Spurt av Ola Hansen');
    expect(shown).toContain('(fjernet av Lise Berg)');
    expect(shown).not.toContain('Spurt av Lise Berg');
    expect(await leaders()).toEqual(['Lise Berg', 'Ola Hansen']);
  });

  // Month s16 #7: the leader the card is about no longer answers it; another leader keeps her.
  it('kept by another leader: the asker stays named, the one who kept her is named on the kept line', async () => {
    const { answer, leaders } = await askedByOla();
    expect(await answer('leader.remove.keep', kari)).toContain('Du kan ikke avgjøre om du selv skal fjernes');
    const shown = await answer('leader.remove.keep', lise);
    expect(shown).toContain('Spurt av Ola Hansen');
    expect(shown).toContain('(valgt av Lise Berg)');
    expect(await leaders()).toEqual(['Kari Nordmann', 'Lise Berg', 'Ola Hansen']);
  });

  it('a second click after the first: still the asker’s name, not the late clicker’s', async () => {
    const { answer } = await askedByOla();
    await answer('leader.remove.keep', ola);
    const shown = await answer('leader.remove', lise);
    expect(shown).toContain('Spurt av Ola Hansen');
    expect(shown).toContain('allerede brukt');
    expect(shown).not.toContain('Spurt av Lise Berg');
  });

  it('a name edited in the button data removes nobody and leaves the card usable', async () => {
    const { answer, leaders } = await askedByOla();
    expect(await answer('leader.remove', lise, { askedBy: 'Eva Berg' })).not.toContain('fjernet av');
    expect(await leaders()).toEqual(['Kari Nordmann', 'Lise Berg', 'Ola Hansen']);
    expect(await answer('leader.remove')).toContain('(fjernet av Lise Berg)');
  });

  it('a card posted before the asker rode along (no name in its data) still removes', async () => {
    const { t, net, leaders } = await askedByOla();
    // Issued as such cards were: the purpose without an asker, the buttons without «askedBy».
    const n = { tenantId: net.tenantId, networkId: net.teamId };
    const old = await issueConfirmation(t.app.services.store, n, `leader.remove:${kari.id}`, t.clock.now(), 3_600_000);
    const data = { leaderId: kari.id, leaderName: kari.name, networkId: net.teamId, ...old };
    const res = await t.post(cardAction(net, lise, 'leader.remove', data, { thread: '962001' }));
    expect(JSON.stringify(res.body)).toContain('(fjernet av Lise Berg)');
    expect(await leaders()).toEqual(['Lise Berg', 'Ola Hansen']);
  });
});
