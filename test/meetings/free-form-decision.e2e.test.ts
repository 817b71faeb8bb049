import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month s15 #1/#14: «Vi vedtok at …» typed in the meeting thread was lost without a word, and after the first
// hint every further plain line vanished silently; the hint's example offered a cut-off text to copy.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-18T08:00:00Z');
const THREAD = '915101';

describe('free-form lines in the meeting thread', () => {
  it('keeps a plainly stated decision, showing what was stored', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const said = await s.say(kari, 'Vi vedtok at Nannestad blir vertskommune for veiledningsteamet', {
      mention: false,
    });
    expect(said).toContain('✓ Vedtak (punkt 1): «Vi vedtok at Nannestad blir vertskommune for veiledningsteamet»');
    expect(said).toContain('skriv «angre»');
    expect(await s.say(kari, 'Det ble bestemt at vi bruker Bufdirs budsjettmal', { mention: false })).toContain(
      '✓ Vedtak',
    );
    // A fact alone, or a question about a decision, is talk.
    await s.say(kari, 'Nannestad blir vertskommune', { mention: false });
    await s.say(kari, 'Vi vedtok vel at Nes skulle skrive?', { mention: false });
    const decisions = (await entriesOf(t, net)).filter((e) => e.kind === 'decision').map((e) => e.text);
    expect(decisions).toEqual([
      'Vi vedtok at Nannestad blir vertskommune for veiledningsteamet',
      'Det ble bestemt at vi bruker Bufdirs budsjettmal',
    ]);
    const ended = await s.say(kari, 'avslutt møte');
    expect(ended).toContain('Vi vedtok at Nannestad blir vertskommune');
  });

  it('says now and then that a plain line was not stored, and never offers a cut-off text to copy', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const long =
      'Vi er 6 kommuner og fikk 400 000 i år, må regnskapet vårt revisorattesteres når vi er så mange kommuner';
    const first = await s.say(ola, long, { mention: false });
    expect(first).toContain('Skal dette stå i referatet?');
    expect(first).not.toContain('info: Vi er 6');
    expect(first).toContain('info: Bufetat kan holde opplæring i mars');
    // A short plain line is its own complete example.
    expect(await s.say(kari, 'Agendaen er godkjent uten endringer', { mention: false })).toContain(
      'info: Agendaen er godkjent uten endringer',
    );
    // Ola's second plain line is answered in one short line, not in silence; the next in the same minutes is quiet.
    expect(await s.say(ola, 'Hurdal har ny konsulent', { mention: false })).toContain('Ikke ført i referatet');
    expect(await s.say(kari, 'Det tar vi etter lunsj', { mention: false })).toBe('[]');
    t.clock.advance(11 * 60_000);
    expect(await s.say(kari, 'Hurdal tar ordet etterpå', { mention: false })).toContain('Ikke ført i referatet');
    expect((await entriesOf(t, net)).filter((e) => e.kind === 'note' || e.kind === 'decision')).toEqual([]);
  });
});
