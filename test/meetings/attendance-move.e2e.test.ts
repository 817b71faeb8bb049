import { describe, expect, it } from 'vitest';
import { effectiveEntries } from '../../src/meetings/log.ts';
import { buildMinutes, type Entry } from '../../src/meetings/log.ts';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Round 8 N11: «til stede alle», then «forfall Ullensaker» got «Ullensaker er allerede ført som til
// stede. Skriv «angre» …», and «angre» would take back the whole «alle» line. People say «alle
// unntatt Ullensaker»: the later line moves Ullensaker, and «angre» takes back only that move.
const ola = person('Ola Hansen', 1);
const app = appPerTest(ola, '2027-03-24T08:00:00Z');

const attendanceOf = async (t: Parameters<typeof entriesOf>[0], net: Parameters<typeof entriesOf>[1]) => {
  const m = buildMinutes(
    { id: 'x', date: '2027-03-24', title: '', agenda: [], timeZone: 'Europe/Oslo' },
    (await entriesOf(t, net)) as Entry[],
  );
  return { present: m.present, absent: m.absent };
};

describe('N11: «forfall X» after «til stede alle»', () => {
  it('moves X to forfall and says so; «angre» moves it back; the minutes show it once', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '886001');
    await s.say(ola, 'kommuner Nes, Hurdal, Ullensaker');
    await s.say(ola, 'start møte');
    await s.say(ola, 'til stede alle');
    const moved = await s.say(ola, 'forfall Ullensaker');
    expect(moved).toContain('Ullensaker er flyttet fra til stede til forfall');
    expect(await attendanceOf(t, net)).toEqual({ present: ['Hurdal', 'Nes'], absent: ['Ullensaker'] });
    await s.say(ola, 'angre');
    expect(await attendanceOf(t, net)).toEqual({ present: ['Hurdal', 'Nes', 'Ullensaker'], absent: [] });
    expect(effectiveEntries((await entriesOf(t, net)) as Entry[]).filter((e) => e.kind === 'attendance')).toHaveLength(
      3,
    );
  });
});
