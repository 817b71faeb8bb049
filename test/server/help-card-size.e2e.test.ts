// Attack round 7, A3: the «hjelp» card was 24.5 KB, 86 % of what Teams takes in a bot message
// (about 28 KB); a few more commands and Teams would have refused it (413). Sent through the real
// server it stays within the card budget, and with twice the commands (or far more) it still fits:
// without example lines first, then the first commands with a line saying how many are left out.
import { describe, expect, it } from 'vitest';
import { CARD_BUDGET_BYTES } from '../../cards/fit.ts';
import { helpCard } from '../../cards/help.ts';
import type { CommandSpec } from '../../src/commands/spec.ts';
import { appPerTest } from '../support/chat.ts';
import { expectCardWithinTeams, expectSentCardsWithinTeams } from '../support/card-size.ts';
import { channelMessage, person, personalMessage } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const start = appPerTest(kari, '2026-11-16T08:00:00Z');

/** A command like the real ones, at the long end of their usage, description and example. */
const spec = (i: number, group: string): CommandSpec => ({
  id: `c${i}`,
  words: [`kommando${i}`],
  usage: `kommando${i} @Navn <tekst> innen <dato> [T-nummer]`,
  example: `kommando${i} @Ola Hansen sende utkast til søknad om midler innen 15.01.2027`,
  description: `Legger inn noe nettverket skal følge opp, med ansvarlig, frist og påminnelse i kanalen (${i}).`,
  group,
  run: async () => [],
});

describe('the help card stays within Teams’ limit', () => {
  it('«hjelp» in the channel and in personal chat: within the budget, through the real server', async () => {
    const { t, net } = await start();
    const before = t.connector.emulator.calls.length;
    expect((await t.post(channelMessage(net, kari, 'hjelp'))).status).toBe(200);
    expect((await t.post(personalMessage(t.connector.url, net.tenantId, kari, 'hjelp'))).status).toBe(200);
    const cards = expectSentCardsWithinTeams(
      t.connector.emulator.calls.slice(before).map((c: { body: unknown }) => c.body),
    );
    expect(cards.length).toBeGreaterThanOrEqual(2);
    for (const c of cards) {
      const bytes = Buffer.byteLength(JSON.stringify(c), 'utf8');
      console.log(`hjelp card: ${bytes} bytes (${Math.round((bytes / (28 * 1024)) * 100)} % of 28 KB)`);
      expect(bytes).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
      expect(JSON.stringify(c)).toContain('hjelp');
    }
  });

  it('with 80, 200 and 1000 commands it still fits, keeps the first commands and says how many are left out', () => {
    for (const n of [80, 200, 1000]) {
      const specs = Array.from({ length: n }, (_, i) => spec(i, `Gruppe ${Math.floor(i / 10)}`));
      const card = helpCard(specs);
      expectCardWithinTeams(card, `${n} commands`);
      const text = JSON.stringify(card);
      expect(text).toContain('kommando0 @Navn');
      if (n >= 200) expect(text).toMatch(/\d+ til står ikke her/);
    }
  });
});

describe('the minutes card of a meeting with many long decisions (A3: 417 KB)', () => {
  it('150 decisions of 1 800 characters: every card sent at «avslutt møte» fits Teams, and the download links reach the channel', async () => {
    const { t, net } = await start();
    const long = (i: number) =>
      `Vedtak ${i}: ${'nettverket følger opp rutinen for samarbeid mellom kommunene '.repeat(30)}`.slice(0, 1800);
    const say = (text: string) => t.post(channelMessage(net, kari, text, { thread: 'th-a3' }));
    await say('start møte');
    for (let i = 1; i <= 150; i++) expect((await say(`vedtak: ${long(i)}`)).status).toBe(200);
    const before = t.connector.emulator.calls.length;
    expect((await say('avslutt møte')).status).toBe(200);
    const bodies = t.connector.emulator.calls.slice(before).map((c: { body: unknown }) => c.body);
    const cards = expectSentCardsWithinTeams(bodies);
    const sizes = cards.map((c) => Buffer.byteLength(JSON.stringify(c), 'utf8'));
    console.log(`minutes cards: ${sizes.join(', ')} bytes`);
    expect(JSON.stringify(cards)).toMatch(/\/files\/minutes\/M\d+\.docx/);
  }, 120_000);
});
