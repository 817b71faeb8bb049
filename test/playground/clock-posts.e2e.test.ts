import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundText } from '../../src/i18n/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { playgroundApi } from '../support/playground.ts';

// s12 #17 (month as a leader network): «Spol fram» answered «14 planlagte jobber ble kjørt» when nothing
// appeared in the channel or in any personal chat, which read as messages gone missing. It now says
// what the user can find: the bot's new messages in the channel and in whose personal chat, or
// «Ingenting nytt å vise»; the jobs it ran are the bot's business.

type Entry = { id: string; from: string; where: 'channel' | 'personal'; owner: string | null; text?: string };

describe('«Spol fram» says what came on the way', () => {
  let t: TestApp;
  const pg = playgroundApi<Entry>(() => t);
  const botIds = async (as: 'leader' | 'member', where: Entry['where']) =>
    (await pg.entries(as)).filter((e) => e.from === 'bot' && e.where === where).map((e) => e.id);

  beforeAll(async () => {
    t = await startTestApp(); // Monday 23 November 2026, 09:00
    await pg.say({ text: '@Nettverksboten hjelp', as: 'leader', mentions: ['bot'] });
  });
  afterAll(async () => t?.close());

  it('the hour the meeting’s agenda falls due counts that one post; the next hour, with nothing to see, says so', async () => {
    const before = await botIds('leader', 'channel');
    const first = await pg.clock('hour');
    expect(first.status).toBe(200);
    expect((await botIds('leader', 'channel')).filter((id) => !before.includes(id))).toHaveLength(1);
    expect(first.body.message).toBe(
      'Klokka er nå mandag 23. november 2026 kl. 10:00. På veien kom 1 melding i kanalen.',
    );
    const second = await pg.clock('hour');
    expect(second.body.message).toBe('Klokka er nå mandag 23. november 2026 kl. 11:00. Ingenting nytt å vise.');
  });

  it('a week with a task reminder counts the channel’s messages and each person’s own chat, as the feed shows them', async () => {
    await pg.say({
      text: '@Nettverksboten oppgave @Ola Hansen lage samarbeidsplan innen 27.11',
      as: 'leader',
      mentions: ['bot', 'member'],
    });
    const channel = await botIds('leader', 'channel');
    const kari = await botIds('leader', 'personal');
    const ola = await botIds('member', 'personal');
    const res = await pg.clock('week');
    expect(res.status).toBe(200);
    const newChannel = (await botIds('leader', 'channel')).filter((id) => !channel.includes(id)).length;
    const newKari = (await botIds('leader', 'personal')).filter((id) => !kari.includes(id)).length;
    const newOla = (await botIds('member', 'personal')).filter((id) => !ola.includes(id)).length;
    // What the feed shows came on the way: the channel's reminders and notices, and Ola's own reminders.
    expect([newChannel, newKari, newOla]).toEqual([3, 0, 2]);
    expect(res.body.message).toBe(
      'Klokka er nå mandag 30. november 2026 kl. 11:00. På veien kom 3 meldinger i kanalen og 2 i personlig chat med Ola Hansen.',
    );
  });
});

describe('«Spol fram»’s words (pure)', () => {
  const at = new Date('2026-12-08T22:58:00Z');
  it('names each person’s chat when several got messages, and the singular for one', () => {
    const personal = [
      { name: 'Kari Nordmann', count: 1 },
      { name: 'Ola Hansen', count: 2 },
    ];
    expect(playgroundText.clockMoved(at, 'Europe/Oslo', { channel: 0, personal })).toBe(
      'Klokka er nå tirsdag 8. desember 2026 kl. 23:58. På veien kom 3 meldinger i personlige chatter (Kari Nordmann 1, Ola Hansen 2).',
    );
    expect(playgroundText.clockMoved(at, 'Europe/Oslo', { channel: 1, personal: [] })).toContain(
      'På veien kom 1 melding i kanalen.',
    );
  });
});
