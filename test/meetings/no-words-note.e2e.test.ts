import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month s12 #9: «info: 🎉» was stored as a note and would have stood in the minutes as «🎉». A note or
// decision with no letters or digits is asked about as other chat is («Skal dette stå i referatet?»),
// and nothing is stored.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-01-29T08:00:00Z');
const THREAD = '912201';

describe('s12 #9: a note or decision of emoji and punctuation only', () => {
  it('is asked about, with a working example, and not stored; a note with words still is', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    for (const line of ['info: 🎉', 'notat: 👍👍 !!', 'vedtak: ...'])
      for (const mention of [true, false]) {
        const out = await s.say(ola, line, { mention });
        expect(out, line).toContain('Skal dette stå i referatet?');
        expect(out, line).toContain('info: Bufetat kan holde opplæring i mars');
        expect(out, line).not.toContain('✓');
      }
    expect((await entriesOf(t, net)).filter((e) => e.kind === 'note' || e.kind === 'decision')).toEqual([]);
    expect(await s.say(ola, 'info: 🎉 Nes fikk midlene', { mention: false })).toContain('✓ Notat');
  });
});
