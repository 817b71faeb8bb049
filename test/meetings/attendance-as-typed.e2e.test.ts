import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month s15 #6: «Til stede: A, B, C og D. E har meldt forfall» recorded A–C only and said «De andre navnene
// … er ført»; «alle unntatt Hurdal» and «Nannestad (kom 10:30)» were refused; ending with no attendance said nothing.
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, '2026-12-18T08:00:00Z');
const THREAD = '915601';

describe('attendance as people type it', () => {
  it('reads sentences, «og», absence, «alle unntatt» and a late arrival, and says what was recorded', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'kommuner Ullensaker, Eidsvoll, Nes, Gjerdrum, Hurdal, Nannestad');
    await s.say(kari, 'start møte');
    const out = await s.say(kari, 'Til stede: Ullensaker, Eidsvoll, Nes og Hurdal. Gjerdrum har meldt forfall', {
      mention: false,
    });
    expect(out).toContain('Til stede på møtet: Ullensaker, Eidsvoll, Nes, Hurdal');
    expect(out).toContain('Forfall til møtet: Gjerdrum');
    expect(out).not.toContain('ikke blant');
    const late = await s.say(kari, 'til stede Nannestad (kom 10:30)', { mention: false });
    expect(late).toContain('Til stede på møtet: Nannestad (kom 10:30)');
    const odd = await s.say(kari, 'til stede Nes, Oslo', { mention: false });
    expect(odd).toContain('«Oslo» er ikke ført');
    const absent = (await entriesOf(t, net)).filter((e) => e.kind === 'attendance' && e.status === 'absent');
    expect(absent.map((e) => e.municipality)).toEqual(['Gjerdrum']);
    const ended = await s.say(kari, 'avslutt møte');
    expect(ended).toContain('Nannestad (kom 10:30)');
    expect(ended).not.toContain('Ingen oppmøte ble ført');
  });

  it('reads «alle unntatt X»', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'kommuner Ullensaker, Eidsvoll, Nes, Gjerdrum, Hurdal, Nannestad');
    await s.say(kari, 'start møte');
    const out = await s.say(kari, 'til stede alle unntatt Hurdal', { mention: false });
    expect(out).toContain('Til stede på møtet: Ullensaker, Eidsvoll, Nes, Gjerdrum, Nannestad');
    expect(out).toContain('Forfall til møtet: Hurdal');
  });

  it('ending with no attendance says so in one line', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'kommuner Ullensaker, Eidsvoll, Nes');
    await s.say(kari, 'start møte');
    expect(await s.say(kari, 'avslutt møte')).toContain('Ingen oppmøte ble ført');
  });
});
