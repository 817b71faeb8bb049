import { describe, expect, it } from 'vitest';
import { appPerTest, sentSince, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { cardsOf, executeActions } from '../support/cards.ts';
import { issueConfirmation } from '../../src/conversation/confirmations.ts';

// The «levert» card's fault (s12 #5) on «Avlyse T1?»: «Spurt av X» was rewritten to whoever answered,
// so a leader confirming a member's request was named as the one who asked, and the asker not at all.
const kari = person('Kari Nordmann', 1); // leader
const per = person('Per Olsen', 2); // wrote the task down, so may cancel it
const ola = person('Ola Hansen', 3);
const start = appPerTest(kari, '2026-11-30T08:00:00Z');

async function askedByPer() {
  const { t, net } = await start();
  const s = speaker(t, net, '961001');
  await s.say(per, 'oppgave @Ola Hansen lage årshjul innen 10.12', { mentions: [ola] });
  const before = t.connector.emulator.calls.length;
  await s.say(per, 'oppgave T1 slett');
  const sent = sentSince(t, before);
  const asked = sent.flatMap((c) => cardsOf(c.body)).find((c) => JSON.stringify(c).includes('task.cancel'));
  expect(JSON.stringify(asked)).toContain('Spurt av Per Olsen');
  const answer = async (verb: string, who = kari, edit: Record<string, unknown> = {}) => {
    const a = executeActions(asked).find((x) => x.verb === verb)!;
    const res = await t.post(cardAction(net, who, a.verb, { ...a.data, ...edit }, { thread: '961001' }));
    expect(res.status).toBe(200);
    return JSON.stringify(res.body);
  };
  const status = async () => (await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status;
  return { t, net, answer, status };
}

describe('the task cancel card keeps the name of the one who asked', () => {
  it('confirmed by a leader: the asker stays named, the leader is named as the one who cancelled', async () => {
    const { answer, status } = await askedByPer();
    const shown = await answer('task.cancel');
    expect(shown).toContain('Spurt av Per Olsen');
    expect(shown).toContain('T1 ble avlyst av Kari Nordmann.');
    expect(shown).not.toContain('Spurt av Kari Nordmann');
    expect(await status()).toBe('cancelled');
  });

  it('«Avbryt» by a leader: the asker stays named, the leader on the kept line', async () => {
    const { answer, status } = await askedByPer();
    const shown = await answer('task.cancel.keep');
    expect(shown).toContain('Spurt av Per Olsen');
    expect(shown).toContain('Kari Nordmann trykket «Avbryt»');
    expect(await status()).toBe('open');
  });

  it('a second click after the first: still the asker’s name, not the late clicker’s', async () => {
    const { answer } = await askedByPer();
    await answer('task.cancel.keep', per);
    const shown = await answer('task.cancel', kari);
    expect(shown).toContain('Spurt av Per Olsen');
    expect(shown).toContain('allerede');
    expect(shown).not.toContain('Spurt av Kari Nordmann');
  });

  it('a name edited in the button data cancels nothing and leaves the card usable', async () => {
    const { answer, status } = await askedByPer();
    const edited = await answer('task.cancel', kari, { askedBy: 'Eva Berg' });
    expect(edited).not.toContain('ble avlyst');
    expect(await status()).toBe('open');
    expect(await answer('task.cancel')).toContain('T1 ble avlyst av Kari Nordmann.');
    expect(await status()).toBe('cancelled');
  });

  it('a card posted before the asker rode along (no name in its data) still cancels', async () => {
    const { t, net, status } = await askedByPer();
    // Issued as such cards were: the purpose without an asker, the buttons without «askedBy».
    const n = { tenantId: net.tenantId, networkId: net.teamId };
    const old = await issueConfirmation(t.app.services.store, n, 'task.cancel:T1', t.clock.now(), 60 * 60_000);
    const data = { taskId: 'T1', networkId: net.teamId, ...old };
    const res = await t.post(cardAction(net, kari, 'task.cancel', data, { thread: '961001' }));
    expect(JSON.stringify(res.body)).toContain('T1 ble avlyst av Kari Nordmann.');
    expect(await status()).toBe('cancelled');
  });
});
