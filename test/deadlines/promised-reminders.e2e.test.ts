import { describe, expect, it } from 'vitest';
import { appPerTest, sayer } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month round 6, N2: «frist 31.12 …» on Tuesday 1 December promised «30, 14, 7 og 1 dager før og på dagen»,
// but the registration card is the 30-day notice and no 30-day nudge ever came. The confirmation lists
// only the reminders still to come, whatever the day of registration; since month round 7 (N4) it names the
// days they are planned for, so a reminder moved off an eve or a weekend is promised for the day it comes.
const kari = person('Kari Nordmann', 1); // installs the bot, so she is the leader
const app = appPerTest(kari, '2026-12-01T09:00:00Z'); // Tuesday 1 December 2026, 10:00 in Oslo
const say = sayer({});

describe('the confirmation of a new deadline promises only reminders still to come (month round 6, N2)', () => {
  it('registered exactly 30 days before: 14, 7 and 1 days before and on the day, no 30', async () => {
    const { t, net } = await app();
    const out = await say(t, net, kari, 'frist 31.12 Midlene brukt opp');
    expect(out).toContain('Jeg minner kanalen om den 17.12, 23.12 og 30.12 (31.12 er nyttårsaften');
    expect(out).not.toContain('01.12');
    // And indeed nothing the next morning.
    const from = t.connector.emulator.calls.length;
    t.clock.set('2026-12-02T08:30:00Z');
    await t.app.services.scheduler.tick();
    expect(JSON.stringify(t.connector.emulator.calls.slice(from).map((c) => c.body))).not.toContain(
      'Midlene brukt opp',
    );
  });

  it('for any day of registration: far ahead all, 14 days before from 7 on, the day before only «på dagen»', async () => {
    const { t, net } = await app();
    expect(await say(t, net, kari, 'frist 1.3.2027 Rapport til Statsforvalteren')).toContain(
      // 30 days before is a Saturday and 1 day before a Sunday: the Fridays before.
      'Jeg minner kanalen om den 29.01, 15.02, 22.02, 26.02 og 01.03, siste gang på selve dagen.',
    );
    // 15 December is 14 days ahead: the 14-day reminder is this card.
    expect(await say(t, net, kari, 'frist 15.12 Søknad om midler')).toContain(
      'Jeg minner kanalen om den 08.12, 14.12 og 15.12, siste gang på selve dagen.',
    );
    // Tomorrow: the day-before reminder is today, so only the one on the day is left.
    expect(await say(t, net, kari, 'frist 2.12 Budsjettinnspill')).toContain(
      'Jeg minner kanalen om den på selve dagen, 02.12.',
    );
  });

  it('registered on the day itself: no reminder is promised', async () => {
    const { t, net } = await app();
    const out = await say(t, net, kari, 'frist 1.12 Innspill til høring');
    expect(out).toContain('Fristen F1 «Innspill til høring»');
    expect(out).toContain('Det kommer ingen flere påminnelser før fristen');
    expect(out).not.toContain('Jeg minner kanalen');
  });
});

describe('«årlig» makes a deadline yearly, as «hvert år» does (a word boundary next to «å»)', () => {
  it('is read and dropped from the title', async () => {
    const { t, net } = await app();
    const out = await say(t, net, kari, 'frist 15.6.2027 Årlig rapport om fosterhjem');
    expect(out).toContain('Den gjentas hvert år.');
    const d = (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!;
    expect(d.yearly).toBe(true);
    expect(d.title).toBe('Rapport om fosterhjem');
  });
});
