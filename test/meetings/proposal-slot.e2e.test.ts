import { describe, expect, it } from 'vitest';
import { fixedItemLike, proposalSlot } from '../../src/meetings/proposal-slot.ts';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say, sentSince } from '../support/chat.ts';
import { cardAction, channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { cardsOf, executeActions } from '../support/cards.ts';

// N13 (month round 9): «agenda + Presentasjon … fra Lørenskog (20 min)» went on the agenda as «… (20 min) – 10 min»;
// «agenda + Runde fra kommunene», already fixed item 3, went to the leader as a new proposal with no hint; the
// decline's reason ran into the next sentence without a full stop.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
// Monday 16 November 2026: the meeting is Friday 27.11, proposals close 25.11.
const start = appPerTest(kari, '2026-11-16T08:00:00Z');

const FIXED = [
  'Velkommen | 10',
  'Godkjenning av referat | 10',
  'Runde fra kommunene | 45',
  'Faglig tema | 90',
  'Eventuelt | 15',
].join('\n');

async function propose(t: TestApp, net: NetworkFixture, who: TestPerson, words: string) {
  const before = t.connector.emulator.calls.length;
  await t.post(channelMessage(net, who, `agenda + ${words}`));
  const sent = sentSince(t, before);
  const card = sent.flatMap((c) => cardsOf(c.body)).find((c) => JSON.stringify(c).includes('proposal.accept'));
  return { text: JSON.stringify(sent.map((c) => c.body)), card };
}

describe('N13: agenda proposals as members write them', () => {
  it('a duration at the end is the slot and leaves the title', async () => {
    const { t, net } = await start();
    await t.post(cardAction(net, kari, 'agenda.save', { networkId: net.teamId, agendaText: FIXED }));
    const p = await propose(t, net, ola, 'Presentasjon av kartleggingsverktøyet fra Lørenskog (20 min)');
    const accept = executeActions(p.card).find((a) => a.verb === 'proposal.accept')!;
    await t.post(cardAction(net, kari, accept.verb, accept.data));
    await propose(t, net, kari, 'Budsjett 2027 – 1,5 time');
    const agenda = await say(t, net, kari, 'agenda');
    expect(agenda).toContain('Presentasjon av kartleggingsverktøyet fra Lørenskog');
    expect(agenda).not.toContain('Lørenskog (20 min)');
    // The slot itself: the agenda's items as the card lists them (title, then minutes).
    const slotOf = (title: string) => {
      const row = agenda.slice(agenda.indexOf(`"text":"${title}"`));
      return /"text":"([^"]+ min)"/.exec(row)?.[1];
    };
    expect(slotOf('Presentasjon av kartleggingsverktøyet fra Lørenskog')).toBe('20 min');
    expect(slotOf('Budsjett 2027')).toBe('1 t 30 min');
  });

  it('a proposal that repeats a fixed item: the proposer and the leader are told which item, before deciding', async () => {
    const { t, net } = await start();
    await t.post(cardAction(net, kari, 'agenda.save', { networkId: net.teamId, agendaText: FIXED }));
    const p = await propose(t, net, ola, 'Runden fra kommunene');
    expect(p.text).toContain('står allerede på den faste agendaen som punkt 3');
    expect(p.card).toBeDefined(); // still the leaders' to decide
    const other = await propose(t, net, ola, 'Ny rutine for fosterhjemsveiledning');
    expect(other.text).not.toContain('faste agendaen');
  });

  it('a decline reason without a full stop gets one', async () => {
    const { t, net } = await start();
    const p = await propose(t, net, ola, 'Julebord');
    const decline = executeActions(p.card).find((a) => a.verb === 'proposal.decline')!;
    const before = t.connector.emulator.calls.length;
    await t.post(cardAction(net, kari, decline.verb, { ...decline.data, reason: 'Står allerede fast på agendaen' }));
    const told = JSON.stringify(sentSince(t, before).map((c) => c.body));
    expect(told).toContain('Begrunnelse: Står allerede fast på agendaen. Du kan ta det opp');
  });
});

describe('proposalSlot and fixedItemLike (pure)', () => {
  it('reads the forms people write a duration in', () => {
    expect(proposalSlot('Presentasjon (20 min)')).toEqual({ title: 'Presentasjon', minutes: 20 });
    expect(proposalSlot('Presentasjon – 20 minutter')).toEqual({ title: 'Presentasjon', minutes: 20 });
    expect(proposalSlot('Presentasjon, ca. 45 min.')).toEqual({ title: 'Presentasjon', minutes: 45 });
    expect(proposalSlot('Presentasjon (1 time)')).toEqual({ title: 'Presentasjon', minutes: 60 });
    expect(proposalSlot('Presentasjon (1,5 t)')).toEqual({ title: 'Presentasjon', minutes: 90 });
    expect(proposalSlot('Presentasjon (en halvtime)')).toEqual({ title: 'Presentasjon', minutes: 30 });
  });
  it('leaves numbers that are no duration, and unlikely slots, in the title', () => {
    expect(proposalSlot('Budsjett 2027')).toEqual({ title: 'Budsjett 2027', minutes: 10 });
    expect(proposalSlot('Tiltak for 15-åringer')).toEqual({ title: 'Tiltak for 15-åringer', minutes: 10 });
    expect(proposalSlot('Presentasjon (600 min)')).toEqual({ title: 'Presentasjon (600 min)', minutes: 10 });
    expect(proposalSlot('(20 min)')).toEqual({ title: '(20 min)', minutes: 10 });
  });
  it('finds a fixed item said again, not one merely sharing a word', () => {
    const fixed = [{ title: 'Velkommen' }, { title: 'Runde fra kommunene' }, { title: 'Faglig tema' }];
    expect(fixedItemLike('runde fra kommunene.', fixed)).toEqual({ n: 2, title: 'Runde fra kommunene' });
    expect(fixedItemLike('Runden fra kommunene (15 min)', fixed)?.n).toBe(2);
    expect(fixedItemLike('Nytt faglig tema: traumebevisst omsorg', fixed)).toBeNull();
  });
});
