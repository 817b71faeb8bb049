import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Round 8 N22: a second «avslutt møte» typed right after the first, in the thread of the meeting
// just ended, got «I kanalen leser jeg bare meldinger der jeg er nevnt …». The chair needs to hear
// that the meeting is already over. (With RSC Teams delivers the line without a mention; the bot
// reads such lines only where a feature knows them as its own, and an ended meeting's thread now
// knows its own «avslutt møte».)
const ola = person('Ola Hansen', 1);
const app = appPerTest(ola, '2027-04-09T16:21:00Z');

describe('N22: «avslutt møte» after the meeting has ended', () => {
  it('in the ended meeting’s thread, with or without the mention, says the meeting is already ended', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '882001');
    await s.say(ola, 'start møte');
    await s.say(ola, 'avslutt møte');
    for (const mention of [false, true]) {
      const again = await s.say(ola, 'avslutt møte', { mention });
      expect(again).toContain('Møtet 09.04.2027 er allerede avsluttet');
      expect(again).not.toContain('Skriv @ og velg Nettverksboten først');
    }
    // Elsewhere in the channel nothing changes: a bare command without the mention gets the mention hint.
    expect(await s.say(ola, 'avslutt møte', { mention: false, thread: '882099' })).toContain(
      'Skriv @ og velg Nettverksboten først',
    );
  });
});
