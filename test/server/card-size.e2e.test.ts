// Attack round 6b, A11a: one meeting's agenda took 484 items and the «agenda» card came to 239 KB,
// far above what Teams takes in a bot message (about 28 KB). Now the agenda stops at 40 items with
// a Norwegian refusal that gives the text back, every list card stays under the limit with «… og N
// til (se fanen)», and the connector emulator answers 413 as Teams does to a message too large.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_AGENDA_ITEMS } from '../../cards/agenda.ts';
import { appPerTest, bodiesOf } from '../support/chat.ts';
import { expectSentCardsWithinTeams } from '../support/card-size.ts';
import { person } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const start = appPerTest(kari, '2026-11-16T08:00:00Z');

/** A long agenda item, as a leader pasting a paragraph would write it (600 characters). */
const long = (i: number) => `Punkt ${i}: ${'gjennomgang av tiltak og erfaringer i kommunen '.repeat(13)}`.slice(0, 600);

describe('agenda size', () => {
  it(`stops at ${MAX_AGENDA_ITEMS} items with a refusal that says the limit and gives back what was typed; the card fits Teams`, async () => {
    const { t, net } = await start();
    let refused = '';
    let added = 0;
    for (let i = 1; i <= 60 && !refused; i++) {
      // A leader typing, not a burst: the bot's send slots (Teams' per-thread limits) stay free.
      t.clock.advance(5_000);
      const out = JSON.stringify(await bodiesOf(t, net, kari, `agenda + ${long(i)}`, { thread: '900001' }));
      if (out.includes('Dagsorden har allerede')) refused = out;
      else added++;
    }
    expect(refused).toContain(`${MAX_AGENDA_ITEMS} punkter`);
    expect(refused).toMatch(/Slå sammen punkter/);
    expect(refused).toContain(long(added + 1).slice(0, 80));
    expect(added).toBeGreaterThan(10);

    t.clock.advance(60_000);
    const bodies = await bodiesOf(t, net, kari, 'agenda', { thread: '900001' });
    const cards = expectSentCardsWithinTeams(bodies);
    expect(cards.length).toBeGreaterThan(0);
    const agenda = JSON.stringify(cards);
    expect(agenda).toContain('Punkt 1:');
    // Not all of it fits: the card says how many more and where to see them.
    expect(agenda).toMatch(/… og \d+ til \(se fanen\)/);
  }, 120_000);
});

describe('list cards that grow without bound', () => {
  it('«oppgaver» with 300 open tasks: one card under 28 KB that says how many more the tab holds', async () => {
    const { t, net } = await start();
    for (let i = 1; i <= 300; i++)
      await t.app.services.store.tasks.create(
        {
          tenantId: net.tenantId,
          networkId: net.teamId,
          text: `Oppgave ${i}: ${'følge opp avtalen med barnevernstjenesten '.repeat(4)}`,
          owners: [{ kind: 'person', id: kari.id, aadObjectId: kari.aadObjectId, name: kari.name }],
          due: '2026-12-20',
          meetingId: null,
          agendaItem: null,
          entryId: null,
          createdBy: { id: kari.id, name: kari.name },
        },
        t.clock.now(),
      );
    const cards = expectSentCardsWithinTeams(await bodiesOf(t, net, kari, 'oppgaver', { thread: '900002' }));
    const text = JSON.stringify(cards);
    expect(text).toContain('Oppgave 1:');
    const more = /… og (\d+) til \(se fanen\)/.exec(text);
    expect(Number(more?.[1])).toBeGreaterThan(0);
    // Every task is either on the card or counted in the line.
    expect((text.match(/Oppgave \d+:/g) ?? []).length + Number(more![1])).toBe(300);
  }, 120_000);

  it('«frister» with 300 deadlines: one card under 28 KB with «… og N til (se fanen)»', async () => {
    const { t, net } = await start();
    for (let i = 1; i <= 300; i++)
      await t.app.services.store.deadlines.create({
        tenantId: net.tenantId,
        networkId: net.teamId,
        title: `Frist ${i}: rapport om tiltakene i kommunene i nettverket`,
        kind: 'rapportering',
        date: `2027-0${1 + (i % 9)}-1${i % 10}`,
        time: '23:59',
        scope: 'network',
        statsforvalter: null,
        origin: null,
        source: 'test',
        checklist: [],
        yearly: false,
        createdBy: kari,
        createdAt: t.clock.now().toISOString(),
      });
    const cards = expectSentCardsWithinTeams(await bodiesOf(t, net, kari, 'frister', { thread: '900003' }));
    const text = JSON.stringify(cards);
    expect(text).toContain('Frist ');
    expect(text).toMatch(/… og \d+ til \(se fanen\)/);
  }, 120_000);
});

describe('connector emulator: a message too large for Teams', () => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  it('answers 413 to a bot message above 28 KB, as Teams does, and takes one below it', async () => {
    const { startConnectorEmulator } = await import('../support/connector-emulator.ts');
    const c = await startConnectorEmulator();
    close = c.close;
    const send = (textBytes: number) =>
      fetch(`${c.url}v3/conversations/19:x@thread.tacv2/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'x'.repeat(textBytes) }),
      });
    const big = await send(40 * 1024);
    expect(big.status).toBe(413);
    expect(JSON.stringify(await big.json())).toMatch(/MessageSizeTooBig|too large/i);
    expect((await send(20 * 1024)).status).toBe(200);
    expect(c.emulator.activities().length).toBe(1);
  });
});
