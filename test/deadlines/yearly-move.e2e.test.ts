import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { addDays } from '../../src/time/local-date.ts';

// Month round 7, N12: «flytt frist F1 til 26.02» for the yearly report due 1 March made next year's copy
// 26.02 too, and every move drifted the series further. A move applies to that year only; next year follows
// the series' own day, unless the leader says «hvert år».
const kari = person('Kari Nordmann', 1); // installs the bot, so she is the leader
const app = appPerTest(kari, '2026-12-01T09:00:00Z', { virtualSendTime: true }); // Tuesday 1 December 2026; many nudges: the send windows run on virtual time
const say = sayer({});

const open = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => `${d.id} ${d.date}`);

/** Steps the clock `by` days at a time (11:00 UTC) up to `last`, ticking the scheduler: no sleeping. */
async function stepTo(t: TestApp, last: string, by = 1): Promise<void> {
  let day = t.clock.now().toISOString().slice(0, 10);
  while (day < last) {
    day = addDays(day, by) < last ? addDays(day, by) : last;
    for (const hour of ['11:00']) {
      t.clock.set(`${day}T${hour}:00Z`);
      await t.app.services.scheduler.tick();
    }
  }
}

describe('a yearly deadline moved once keeps its own day the next year (month round 7, N12)', () => {
  it('a move applies to this year; the next years come back on 1.3, across two rollovers', async () => {
    const { t, net } = await app();
    expect(await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren')).toContain('Den gjentas hvert år.');
    t.clock.set('2027-01-16T10:00:00Z');
    const moved = await say(t, net, kari, 'flytt frist F1 til 26.02');
    expect(moved).toContain('fra 01.03.2027 til 26.02.2027');
    expect(moved).toContain('Flyttingen gjelder bare i år; neste frist er 01.03.2028.');
    expect(moved).toContain('flytt frist F1 til 26.02 hvert år');
    await stepTo(t, '2027-02-26');
    const done = await t.post(cardAction(net, kari, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    expect(done.status).toBe(200);
    expect(await open(t, net)).toEqual(['F2 2028-03-01']);
    // Nobody presses Levert in 2028: the rollover after 1.3.2028 makes 1.3.2029, not an earlier day.
    await stepTo(t, '2028-02-20', 7);
    await stepTo(t, '2028-03-03');
    expect((await open(t, net)).sort()).toEqual(['F2 2028-03-01', 'F3 2029-03-01']);
  });

  it('«hvert år» moves the series: next year follows the new day', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren');
    const moved = await say(t, net, kari, 'flytt frist F1 til 26.02 hvert år');
    expect(moved).toContain('fra 01.03.2027 til 26.02.2027');
    expect(moved).toContain('Fra nå av er fristen 26.02 hvert år; neste frist etter denne er 26.02.2028.');
    // Pressed in the last weeks: earlier, «Levert» asks first (N11, round 9: delivery-confirm.e2e.test.ts).
    t.clock.set('2027-02-10T09:00:00Z');
    await t.post(cardAction(net, kari, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    expect(await open(t, net)).toEqual(['F2 2028-02-26']);
  });

  it('a new date saved with «Endre» on a yearly deadline moves this year only, and the card says so', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren');
    const res = await t.post(
      cardAction(net, kari, 'deadline.save', {
        deadlineId: 'F1',
        networkId: net.teamId,
        title: 'Rapport til Statsforvalteren',
        kind: 'rapportering',
        source: 'Statsforvalteren',
        checklist: 'Regnskap',
        yearly: 'true',
        date: '26.02.2027',
      }),
    );
    const card = JSON.stringify(res.body);
    expect(card).toContain('Flyttingen gjelder bare i år; neste frist er 01.03.2028.');
    expect(card).toContain('Jeg minner kanalen om den');
    // Pressed in the last weeks: earlier, «Levert» asks first (N11, round 9: delivery-confirm.e2e.test.ts).
    t.clock.set('2027-02-10T09:00:00Z');
    await t.post(cardAction(net, kari, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    expect(await open(t, net)).toEqual(['F2 2028-03-01']);
  });

  it('a one-off deadline moved with «hvert år» becomes yearly on its new day', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 15.01.2027 Søknad om midler');
    const moved = await say(t, net, kari, 'flytt frist F1 til 20.01 hvert år');
    expect(moved).toContain('Fra nå av er fristen 20.01 hvert år');
    const d = (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!;
    expect(d.yearly).toBe(true);
    expect(d.date).toBe('2027-01-20');
  });
});
