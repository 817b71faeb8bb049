import { describe, expect, it } from 'vitest';
import { appPerTest, bodiesOf, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month round 6, N15: while a meeting runs, decisions and tasks written as replies in ANOTHER thread of the
// channel (the bot's agenda post is the natural one) vanished without a word. They get the same once-per-person
// hint as a new post at the channel root, in the thread they were written in, naming the line not stored.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-03-19T08:08:00Z');

describe('a meeting line written as a reply in another thread of the channel', () => {
  it('is answered in that thread, at length the first time and shortly after, with the line shown back; nothing is stored', async () => {
    const { t, net } = await start();
    const meeting = speaker(t, net, '860001');
    expect(await meeting.say(kari, 'start møte')).toContain('19.03.2027');
    const other = '860000'; // e.g. the bot's agenda post a week before

    const first = await bodiesOf(t, net, ola, 'vedtak: Hurdal arrangerer fagdag 15. april', {
      thread: other,
      mention: false,
    });
    expect(first.length).toBe(1);
    const said = JSON.stringify(first[0]);
    expect(said).toContain('19.03.2027');
    expect(said).toContain('start møte');
    expect(said).toContain('Hurdal arrangerer fagdag 15. april');
    expect(said).toContain('ikke lagret');
    expect(said).toContain('annen tråd');
    // Answered in the thread it was written in, not in the meeting's.
    expect(said).not.toContain('messageid=860001');

    // The long hint comes once per person and meeting; every later misplaced meeting line still gets a short
    // answer naming the line not stored (month round 6b, N3): nothing typed may vanish without a word.
    const second = JSON.stringify(
      await bodiesOf(t, net, ola, 'oppgave @Ola Hansen booke lokale innen 01.04', {
        thread: other,
        mention: false,
        mentions: [ola],
      }),
    );
    expect(second).toContain('Ikke lagret');
    expect(second).toContain('booke lokale innen 01.04');
    expect(second).not.toContain('Skriv den som svar i møtetråden');
    // … also at the channel root, as a new post without @mention.
    const third = JSON.stringify(
      await bodiesOf(t, net, ola, 'oppgave @Kari Nordmann bestille lokale innen 20.01', {
        mention: false,
        mentions: [kari],
      }),
    );
    expect(third).toContain('Ikke lagret');
    expect(third).toContain('bestille lokale innen 20.01');
    expect(await bodiesOf(t, net, ola, 'Hvem tar med kaffe?', { mention: false })).toEqual([]);
    // … while ordinary replies in a thread are left alone.
    const lise = person('Lise Berg', 4);
    expect(await bodiesOf(t, net, lise, 'Takk, ser bra ut!', { thread: other, mention: false })).toEqual([]);
    expect(await bodiesOf(t, net, lise, 'info om kurset kommer senere', { thread: other, mention: false })).toEqual([]);

    expect((await entriesOf(t, net)).filter((e) => 'text' in e)).toEqual([]);
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1')).toBeNull();
  });
});
