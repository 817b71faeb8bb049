import { describe, expect, it } from 'vitest';
import { deliveryDoubts, titleYear } from '../../src/deadlines/delivery-doubts.ts';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say, sentSince } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { cardsOf, executeActions } from '../support/cards.ts';

// N11 (month round 9): «levert F3» for «Rapportering for 2027 med revisorattestasjon» (due 01.03.2028, yearly) was
// taken on 15.10.2027, and F1 marked «Levert» with 3 of 5 checklist items open, with no question; and the words
// got two channel posts. Now a likely slip is asked once on a single-use card, and one action makes one post.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-10-15T08:00:00Z');

const open = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => `${d.id} ${d.date} ${d.title}`);

/** Every checklist item of a deadline ticked, as on its card. */
async function tickAll(t: TestApp, net: NetworkFixture, id: string) {
  const d = await t.app.services.store.deadlines.get(net.tenantId, net.teamId, id);
  for (const item of d!.checklist)
    await t.post(cardAction(net, kari, 'deadline.tick', { deadlineId: id, networkId: net.teamId, item, on: true }));
}

describe('N11: «levert» that looks like a slip is asked once', () => {
  it('a report for a year not yet over, in words: one question, then «Ja» marks it with one line saying next year', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'frist 01.03.2028 Rapportering for 2027 med revisorattestasjon hvert år');
    await tickAll(t, net, 'F1');
    const before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'levert F1');
    const sent = sentSince(t, before);
    // One post: the question, and nothing marked yet.
    expect(sent).toHaveLength(1);
    const asked = cardsOf(sent[0]!.body)[0];
    const shown = JSON.stringify(asked);
    expect(shown).toContain('2027');
    expect(shown).toContain('ikke over ennå');
    expect(shown).toContain('om 138 dager');
    expect(await open(t, net)).toEqual(['F1 2028-03-01 Rapportering for 2027 med revisorattestasjon']);

    const yes = executeActions(asked).find((a) => a.verb === 'deadline.done.confirm')!;
    const beforeYes = t.connector.emulator.calls.length;
    const res = await t.post(cardAction(net, ola, yes.verb, yes.data, { replyToId: sent[0]!.responseId! }));
    const answer = JSON.stringify(res.body);
    expect(answer).toContain('er markert som levert');
    expect(answer).toContain('neste frist er 01.03.2029');
    // No second channel post: the answered question says it (and the posted cards are redrawn in place).
    expect(
      t.connector.emulator.calls
        .slice(beforeYes)
        .filter((c) => c.kind === 'create' || c.kind === 'send' || c.kind === 'reply'),
    ).toEqual([]);
    expect(await open(t, net)).toEqual(['F2 2029-03-01 Rapportering for 2028 med revisorattestasjon']);
    // The same card pressed again changes nothing.
    const again = await t.post(cardAction(net, ola, yes.verb, yes.data, { replyToId: sent[0]!.responseId! }));
    expect(JSON.stringify(again.body)).toContain('allerede besvart');
  });

  it('«Levert» on the card with checklist items open: asked in the card’s place; «Nei» keeps it open', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'frist 01.11.2027 Søknad om stimuleringsmidler');
    const d = await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1');
    for (const item of d!.checklist.slice(0, 2))
      await t.post(cardAction(net, kari, 'deadline.tick', { deadlineId: 'F1', networkId: net.teamId, item, on: true }));
    const ids = { deadlineId: 'F1', networkId: net.teamId };
    const res = await t.post(cardAction(net, ola, 'deadline.done', ids));
    const shown = JSON.stringify(res.body);
    expect(shown).toContain('3 av 5 punkter på sjekklisten er ikke krysset av');
    expect(shown).not.toContain('dager.'); // 17 days before: not early
    expect(await open(t, net)).toHaveLength(1);
    const no = executeActions(res.body).find((a) => a.verb === 'deadline.done.keep')!;
    expect(no).toBeDefined();
    const kept = await t.post(cardAction(net, ola, no.verb, no.data));
    expect(JSON.stringify(kept.body)).toContain('Søknad om stimuleringsmidler');
    expect(await open(t, net)).toHaveLength(1);
  });

  it('with everything ticked and due within 30 days: marked at once, one post', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'frist 01.11.2027 Søknad om stimuleringsmidler');
    await tickAll(t, net, 'F1');
    const before = t.connector.emulator.calls.length;
    const out = await say(t, net, kari, 'levert F1');
    expect(out).toContain('er markert som levert');
    expect(sentSince(t, before)).toHaveLength(1);
    expect(await open(t, net)).toEqual([]);
  });
});

describe('deliveryDoubts (pure)', () => {
  const d = {
    title: 'Rapportering for 2027',
    kind: 'rapportering' as const,
    date: '2028-03-01',
    checklist: [],
    checks: [],
  };
  it('reads the last year a title names', () => {
    expect(titleYear('Regnskap 2026–2027')).toBe(2027);
    expect(titleYear('Rapport 12345')).toBeNull();
  });
  it('asks before the reported year has ended, and not after; an application for next year is no report', () => {
    expect(deliveryDoubts(d, '2027-12-31').join(' ')).toContain('2027');
    expect(deliveryDoubts(d, '2028-02-01')).toEqual([]);
    expect(
      deliveryDoubts({ ...d, title: 'Søknad om midler for 2028', kind: 'søknad', date: '2027-12-01' }, '2027-11-20'),
    ).toEqual([]);
  });
  it('asks about a checklist worked on and left unfinished, not one never opened', () => {
    const list = { ...d, title: 'Rapport', date: '2027-11-10', checklist: ['a', 'b', 'c'] };
    const by = { id: '29:x', name: 'Kari' };
    expect(deliveryDoubts(list, '2027-11-01')).toEqual([]);
    expect(deliveryDoubts({ ...list, checks: [{ item: 'a', by, at: '' }] }, '2027-11-01').join(' ')).toContain(
      '2 av 3',
    );
  });
  it('asks more than 30 days before the date, not 30', () => {
    expect(deliveryDoubts({ ...d, title: 'Rapport', date: '2027-12-01' }, '2027-11-01')).toEqual([]);
    expect(deliveryDoubts({ ...d, title: 'Rapport', date: '2027-12-02' }, '2027-11-01')).toHaveLength(1);
  });
});
