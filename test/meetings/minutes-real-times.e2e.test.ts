import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month s15 #12: meeting 1 ran to 16:03 and was only ended on 29.12, yet its minutes said «kl. 09:00–15:30»,
// the plan. The real times come from the log.
const kari = person('Kari Nordmann', 1);
const start = appPerTest(kari, '2026-12-02T08:00:00Z');
// Review s15 #12: the real times were read in Europe/Oslo whatever TIMEZONE said. Reykjavik is UTC all year,
// an hour behind Oslo in December, so a time or a date read in the wrong zone shows.
const startReykjavik = appPerTest(kari, '2026-12-02T08:00:00Z', { env: { TIMEZONE: 'Atlantic/Reykjavik' } });

describe('s15 #12: the minutes show when the meeting really ran', () => {
  it('ran late and was ended days later', async () => {
    const { t, net } = await start();
    await speaker(t, net, '915801').say(kari, 'flytt møte 25.12.2026 til 18.12.2026 kl. 09:00-15:30');
    t.clock.set('2026-12-18T08:00:00Z');
    const m = speaker(t, net, '915810');
    await m.say(kari, 'start møte');
    t.clock.set('2026-12-18T15:03:00Z');
    await m.say(kari, 'vedtak: Fagdagen holdes 12. mars');
    t.clock.set('2026-12-29T09:00:00Z');
    const minutes = await m.say(kari, 'avslutt møte');
    expect(minutes).toContain(
      'kl. 09:00–16:03 (planlagt kl. 09:00–15:30, flyttet fra 25.12.2026), sto åpent til 29.12.2026',
    );
  });

  it('ended in time: the plan alone', async () => {
    const { t, net } = await start();
    await speaker(t, net, '915901').say(kari, 'flytt møte 25.12.2026 til 18.12.2026 kl. 09:00-15:30');
    t.clock.set('2026-12-18T08:00:00Z');
    const m = speaker(t, net, '915910');
    await m.say(kari, 'start møte');
    t.clock.set('2026-12-18T13:00:00Z');
    const minutes = await m.say(kari, 'avslutt møte');
    expect(minutes).toContain('kl. 09:00–15:30 (flyttet fra 25.12.2026)');
    expect(minutes).not.toContain('planlagt');
  });

  it('reads the real times and the day it ended in the configured time zone', async () => {
    const { t, net } = await startReykjavik();
    await speaker(t, net, '916001').say(kari, 'flytt møte 25.12.2026 til 18.12.2026 kl. 09:00-15:30');
    t.clock.set('2026-12-18T09:00:00Z');
    const m = speaker(t, net, '916010');
    await m.say(kari, 'start møte');
    t.clock.set('2026-12-18T16:03:00Z');
    await m.say(kari, 'vedtak: Fagdagen holdes 12. mars');
    // 23:30 in Reykjavik is already 30.12 in Oslo.
    t.clock.set('2026-12-29T23:30:00Z');
    const minutes = await m.say(kari, 'avslutt møte');
    expect(minutes).toContain(
      'kl. 09:00–16:03 (planlagt kl. 09:00–15:30, flyttet fra 25.12.2026), sto åpent til 29.12.2026',
    );
  });
});
