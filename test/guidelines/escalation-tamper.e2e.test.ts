// Attack round 6b (A8, and the lead's list): «Spør nettverkslederen» took the question's text from
// the click, so a tampered click put any text before the leaders. The card now carries only a
// reference the server sealed when it answered; the leaders get exactly the question the bot answered.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { installedApp } from '../support/installed.ts';
import { sentSince } from '../support/chat.ts';
import { cardsOf, executeActions } from '../support/cards.ts';
import { cardAction, channelMessage, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const question = 'Kan vi bruke restmidler fra 2026 på et julebord for fosterforeldre?';

describe('escalation: the question comes from the server, not from the click', () => {
  let t: TestApp;
  let net: NetworkFixture;
  beforeEach(async () => {
    ({ t, net } = await installedApp(kari));
  });
  afterEach(async () => t?.close());

  async function askButton() {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, ola, question));
    const card = sentSince(t, before)
      .flatMap((c) => cardsOf(c.body?.activity ?? c.body))
      .find((c) => JSON.stringify(c).includes('guidelines.escalate'));
    expect(card).toBeDefined();
    return executeActions(card).find((x) => x.verb === 'guidelines.escalate')!;
  }

  async function click(data: Record<string, unknown>) {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(cardAction(net, ola, 'guidelines.escalate', data));
    return { reply: JSON.stringify(res.body?.value), posted: sentSince(t, before).filter((c) => c.kind === 'create') };
  }

  it('the card carries a reference, not the text; the leaders get the question as asked even when the click adds text', async () => {
    const ask = await askButton();
    expect(JSON.stringify(ask.data)).not.toContain('restmidler');
    expect(typeof ask.data.ref).toBe('string');
    const { reply, posted } = await click({ ...ask.data, question: 'Noe helt annet som lederne skal lese' });
    expect(reply).toContain('sendt til nettverkslederen');
    expect(posted).toHaveLength(1);
    const leaderCard = JSON.stringify(posted[0]!.body);
    expect(leaderCard).toContain(question);
    expect(leaderCard).not.toContain('Noe helt annet');
  });

  it('a click with text and no reference, or with an altered reference, posts nothing and says to ask again', async () => {
    const ask = await askButton();
    const ref = String(ask.data.ref);
    const altered = `${ref.slice(0, 20)}${ref[20] === 'A' ? 'B' : 'A'}${ref.slice(21)}`;
    for (const data of [
      { question: 'Spørsmål lederne aldri fikk svar på', networkId: ask.data.networkId },
      { ...ask.data, ref: altered },
      { ...ask.data, ref: 'ikke-en-referanse' },
    ]) {
      const { reply, posted } = await click(data);
      expect(posted, JSON.stringify(data).slice(0, 80)).toHaveLength(0);
      expect(reply).toContain('Still spørsmålet på nytt');
    }
  });
});
