import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Round 8 N7: the same task line at item 4 (T1) and again at item 8 (T8) made two tasks for Kari,
// side by side in the minutes, with two sets of nudges, and no word. The second is kept (it may be
// meant), and the reply names the twin and how to take the new one back.
const ola = person('Ola Hansen', 1);
const kari = person('Kari Nordmann', 2);
const app = appPerTest(ola, '2027-03-05T08:00:00Z');

describe('N7: a task typed twice', () => {
  it('the second says the owner already has T1 with the same text and due date, and «angre» undoes it', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '888001');
    await s.say(ola, 'start møte');
    const line = 'oppgave @Kari Nordmann sende overleveringsnotat til Ola innen 12.03';
    expect(await s.say(ola, line, { mentions: [kari] })).not.toContain('allerede');
    const twice = await s.say(ola, line, { mentions: [kari] });
    expect(twice).toContain('Kari Nordmann har allerede T1 med samme tekst og frist');
    expect(twice).toContain('angre');
    // Another date: likely meant as a new date for the first (s12 #7), so it is asked, with the line that does it.
    const other = await s.say(ola, 'oppgave @Kari Nordmann sende overleveringsnotat til Ola innen 19.03', {
      mentions: [kari],
    });
    expect(other).toContain('Kari Nordmann har allerede T1 med samme tekst, med frist 12.03.2027');
    expect(other).toContain('Mente du å endre fristen?');
    expect(other).toContain('oppgave T1 ny frist 19.03.2027');
    // Another text is another task: nothing said.
    const text = await s.say(ola, 'oppgave @Kari Nordmann sende budsjett til Ola innen 19.03', { mentions: [kari] });
    expect(text).not.toContain('har allerede');
  });
});
