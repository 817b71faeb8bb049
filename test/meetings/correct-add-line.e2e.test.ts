import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month s15 #1: a decision forgotten in the meeting could not be added afterwards; «rett referat» only
// offered «Lagre»/«Fjern» on the lines already there. A leader now adds it as a line after the end.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-27T08:05:00Z');

describe('adding a forgotten line to ended minutes', () => {
  it('«rett referat 27.11 punkt 3 vedtak: …» adds it, the minutes say who and when', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '915301');
    await s.say(kari, 'start møte');
    await s.say(kari, 'vedtak: Nettverket søker om midler i januar');
    await s.say(kari, 'avslutt møte');
    t.clock.set('2026-11-30T09:00:00Z');
    expect(await s.say(kari, 'rett referat 27.11')).toContain('rett referat 27.11 punkt 3 vedtak:');
    expect(await s.say(ola, 'rett referat 27.11 vedtak: Nes får alt')).toContain('Bare nettverkets ledere');
    const out = await s.say(kari, 'rett referat 27.11 punkt 3 vedtak: Nannestad blir vertskommune');
    expect(out).toContain('✓ Vedtak lagt til under punkt 3 i referatet fra 27.11.2026: «Nannestad blir vertskommune»');
    expect(await s.say(kari, 'rett referat 27.11 punkt 40 info: x')).toContain('ikke «40»');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const minutes = await t.app.services.meetingViews!.minutes(m);
    expect(minutes.items[2]!.decisions).toEqual(['Nannestad blir vertskommune']);
    expect(minutes.corrections.map((c) => [c.date, c.by])).toEqual([['2026-11-30', 'Kari Nordmann']]);
  });
});
