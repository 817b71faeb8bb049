import { describe, expect, it } from 'vitest';
import { appPerTest, say, sentSince } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { cardsOf, executeActions } from '../support/cards.ts';

// Month round s12 #5: on the «Er F1 … virkelig levert?» card, «X trykket «Levert».» was rewritten to
// whoever answered Ja/Nei, so the card named the answerer twice and the asker not at all.
const kari = person('Kari Nordmann', 1); // leader
const per = person('Per Olsen', 2);
const ola = person('Ola Hansen', 3);
const start = appPerTest(kari, '2027-10-15T08:00:00Z');

async function askedByPer() {
  const { t, net } = await start();
  // Far ahead, so «levert» is asked first.
  await say(t, net, kari, 'frist 01.03.2028 Søknad om stimuleringsmidler');
  const before = t.connector.emulator.calls.length;
  await say(t, net, per, 'levert F1');
  const sent = sentSince(t, before);
  const asked = cardsOf(sent[0]!.body)[0];
  expect(JSON.stringify(asked)).toContain('Per Olsen trykket «Levert».');
  const answer = (verb: string, who = ola, edit: Record<string, unknown> = {}) => {
    const a = executeActions(asked).find((x) => x.verb === verb)!;
    return t.post(cardAction(net, who, a.verb, { ...a.data, ...edit }, { replyToId: sent[0]!.responseId! }));
  };
  const status = async () => (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.status;
  return { answer, status };
}

describe('the «levert» question keeps the name of the one who asked', () => {
  it('«Nei» from someone else: the asker stays named, the answerer is named on the kept line', async () => {
    const { answer } = await askedByPer();
    const shown = JSON.stringify((await answer('deadline.done.keep')).body);
    expect(shown).toContain('Per Olsen trykket «Levert».');
    expect(shown).toContain('Ola Hansen svarte at F1 ikke er levert ennå');
    expect(shown).not.toContain('Ola Hansen trykket');
  });

  it('«Ja» from someone else: the asker stays named, and the confirmer is named', async () => {
    const { answer } = await askedByPer();
    const shown = JSON.stringify((await answer('deadline.done.confirm')).body);
    expect(shown).toContain('Per Olsen trykket «Levert».');
    expect(shown).toContain('er markert som levert');
    expect(shown).toContain('Bekreftet av Ola Hansen.');
  });

  it('a second answer after the first: still the asker’s name, not the late clicker’s', async () => {
    const { answer } = await askedByPer();
    await answer('deadline.done.confirm', kari);
    const shown = JSON.stringify((await answer('deadline.done.keep', ola)).body);
    expect(shown).toContain('Per Olsen trykket «Levert».');
    expect(shown).toContain('allerede besvart');
    expect(shown).not.toContain('Ola Hansen trykket');
  });

  it('a name edited in the button data is no answer: the nonce is bound to the asker', async () => {
    const { answer, status } = await askedByPer();
    // Only the one who edited it sees the edited card; nothing is marked and the nonce is not used up.
    const shown = JSON.stringify((await answer('deadline.done.confirm', ola, { askedBy: 'Eva Berg' })).body);
    expect(shown).not.toContain('er markert som levert');
    expect(await status()).toBe('open');
    expect(JSON.stringify((await answer('deadline.done.confirm')).body)).toContain('er markert som levert');
  });
});
