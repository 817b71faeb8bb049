import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { say as chatSay, startAt } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

const TITLE = 'Midlene må være brukt';

/**
 * N17: «Endre» on a deadline card in the channel. The edit form is the clicker's own view: it comes
 * back only in the answer to her click (Teams shows an invoke answer card to the clicker only, like
 * TeamsFx's ReplaceForInteractor), and the shared message is never turned into the form. Everyone
 * else keeps seeing the deadline card; only «Lagre» changes the shared card, for all.
 */
describe('«Endre» on a deadline card shows the form to the clicker only', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let cardId: string;
  const ids = () => ({ deadlineId: 'F1', networkId: net.teamId });

  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-30T09:00:00Z', kari));
    await chatSay(t, net, kari, `frist 31.12 ${TITLE}`);
    cardId = t.connector.emulator
      .activities()
      .filter((c) => JSON.stringify(c.body).includes(`Frist: ${TITLE}`))
      .at(-1)!.responseId!;
  });
  afterAll(async () => t?.close());

  it('Kari gets the form in her click answer; nothing is posted or updated for the others', async () => {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(cardAction(net, kari, 'deadline.edit', ids(), { replyToId: cardId }));
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const form = JSON.stringify(res.body.value);
    expect(form).toContain('Endre frist F1');
    expect(form).toContain('deadline.save');
    // Not a message update (seen by all), not a new message: the channel's card is untouched.
    const sent = t.connector.emulator.calls.slice(before);
    expect(sent.filter((c) => ['update', 'send', 'reply', 'create'].includes(c.kind))).toEqual([]);
  });

  it('Ola, who is no leader, gets no form at all, and could not save one', async () => {
    const res = await t.post(cardAction(net, ola, 'deadline.edit', ids(), { replyToId: cardId }));
    expect(JSON.stringify(res.body)).not.toContain('deadline.save');
    expect(JSON.stringify(res.body)).toContain('Bare nettverkets ledere');
    const save = await t.post(
      cardAction(net, ola, 'deadline.save', { ...ids(), title: 'Kapret', date: '20.12.2026' }, { replyToId: cardId }),
    );
    expect(JSON.stringify(save.body)).toContain('Bare nettverkets ledere');
  });

  it('«Lagre» is what changes the shared card, for everyone, and it shows the deadline, not the form', async () => {
    const before = t.connector.emulator.calls.length;
    await t.post(
      cardAction(net, kari, 'deadline.save', { ...ids(), title: TITLE, date: '30.12.2026' }, { replyToId: cardId }),
    );
    const updates = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    expect(updates.map((u) => u.activityId)).toEqual([cardId]);
    const shared = JSON.stringify(updates[0]!.body);
    expect(shared).toContain('30. desember 2026');
    expect(shared).not.toContain('deadline.save');
  });
});
