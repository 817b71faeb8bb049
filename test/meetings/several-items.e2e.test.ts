import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month s15 #2: «vedtak: …; oppgave @Ola …» was stored as one decision holding the task's text, and the
// task was never made; each part is now handled as if typed alone, and each confirmation says what was stored.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-18T08:00:00Z');
const THREAD = '915201';

describe('several meeting lines in one message', () => {
  it('stores a decision and makes the task after it', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const said = await s.say(
      kari,
      'vedtak: Søknaden sendes innen 15. januar; oppgave @Ola Hansen sender søknaden innen 15.01.2027',
      { mentions: [ola], mention: false },
    );
    expect(said).toContain('✓ Vedtak (punkt 1): «Søknaden sendes innen 15. januar»');
    expect(said).toContain('T1');
    const entries = await entriesOf(t, net);
    expect(entries.filter((e) => e.kind === 'decision').map((e) => e.text)).toEqual([
      'Søknaden sendes innen 15. januar',
    ]);
    expect(await s.say(kari, 'oppgaver')).toContain('sender søknaden');
  });

  it('splits two decisions, and a decision and a task written with «Oppgave:»', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    await s.say(kari, 'kommuner Nes, Eidsvoll, Nannestad');
    const two = await s.say(kari, 'Vedtak: Nannestad blir vertskommune. Vedtak: Vi bruker Bufdirs budsjettmal', {
      mention: false,
    });
    expect(two).toContain('«Nannestad blir vertskommune.»');
    expect(two).toContain('«Vi bruker Bufdirs budsjettmal»');
    const task = await s.say(
      kari,
      'Vedtak: Referatet fra desember godkjent. Oppgave: Nes sender referatet til kommunedirektørene',
      {
        mention: false,
      },
    );
    expect(task).toContain('«Referatet fra desember godkjent.»');
    expect(task).toContain('T1');
    const decisions = (await entriesOf(t, net)).filter((e) => e.kind === 'decision').map((e) => e.text);
    expect(decisions).toEqual([
      'Nannestad blir vertskommune.',
      'Vi bruker Bufdirs budsjettmal',
      'Referatet fra desember godkjent.',
    ]);
  });
});
