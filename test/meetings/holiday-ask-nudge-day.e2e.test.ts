import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { tickAt } from '../support/schedule-walk.ts';

// Round 9, item 4: the question about a meeting on a holiday goes a month ahead, on a nudge day like every
// other notice. Monday 17.05.2027 (grunnlovsdagen and 2. pinsedag): a month before is Saturday 17.04, so the
// leaders are asked on Friday 16.04, and the schedule says that day.
const kari = person('Kari Nordmann', 1); // leader
const app = appPerTest(kari, '2027-04-01T08:00:00Z');

/** The clock at `iso`, with the scheduler ticked until what is due then has run. */
const at = tickAt;

describe('the holiday question of a meeting whose month-before falls on a weekend', () => {
  it('is asked on the nudge day before, as the schedule says', async () => {
    const { t, net } = await app();
    const answer = await say(t, net, kari, 'møteplan tredje mandag i måneden kl 10-14');
    expect(answer).toContain('17. mai 2027');
    expect(answer).toContain('16.04.2027');
    expect(answer).not.toContain('17.04.2027');
    const asked = (from: number) =>
      t.connector.emulator.calls
        .slice(from)
        .map((c) => JSON.stringify(c.body))
        .filter((b) => b.includes('17.05.2027') && b.includes('grunnlovsdagen'));
    const before = t.connector.emulator.calls.length;
    await at(t, '2027-04-15T08:00:00Z');
    expect(asked(before)).toEqual([]);
    await at(t, '2027-04-16T07:30:00Z'); // 09:30 in Oslo (summer time)
    expect(asked(before).length).toBe(1);
  });
});
