import { describe, expect, it } from 'vitest';
import { appPerTest, bodiesOf, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month round 8b, N1/N26: a meeting line with a misspelt keyword («vedatk:», «infi:») posted beside the
// running meeting got no reply at all, while «vedtak:» there got the «Møtet går i tråden under …» hint.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-03-19T08:08:00Z');

describe('a misspelt meeting line beside the running meeting', () => {
  it('is answered where a correct one would be, also after the once-per-meeting hint, and never stored', async () => {
    const { t, net } = await start();
    const meeting = speaker(t, net, '870001');
    await meeting.say(kari, 'start møte');
    const other = '870000';
    const first = JSON.stringify(
      await bodiesOf(t, net, ola, 'vedatk: Hurdal arrangerer fagdag 15. april', { thread: other, mention: false }),
    );
    expect(first).toContain('19.03.2027');
    expect(first).toContain('Hurdal arrangerer fagdag 15. april');
    expect(first).toContain('vedtak: Hurdal arrangerer fagdag 15. april');
    // After the long hint, at the channel root, as a new post: still answered.
    const second = JSON.stringify(await bodiesOf(t, net, ola, 'infi: budsjettet er vedtatt', { mention: false }));
    expect(second).toContain('Ikke lagret');
    expect(second).toContain('budsjettet er vedtatt');
    const third = JSON.stringify(
      await bodiesOf(t, net, ola, 'vedtka: vi møtes i Nes neste gang', { thread: other, mention: false }),
    );
    expect(third).toContain('Ikke lagret');
    // Ordinary chat with a colon is left alone.
    expect(await bodiesOf(t, net, ola, 'Husk: kaffe til alle', { mention: false })).toEqual([]);
    expect((await entriesOf(t, net)).map((e) => e.kind)).toEqual(['start']);
  });
});
