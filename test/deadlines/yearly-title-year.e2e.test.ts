import { describe, expect, it } from 'vitest';
import { titleForYear } from '../../src/deadlines/deadline-words.ts';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Finding N20 (month round 8): «Rapportering til Statsforvalteren for 2026», due 01.03.2027 and yearly,
// was copied for 01.03.2028 still «for 2026». The year a title names, as far from the date's year as the
// series has it, moves along with the repeat; other numbers stay; the notice says the new title.
const ola = person('Ola Hansen', 1); // leader
const start = appPerTest(ola, '2027-02-01T09:00:00Z');

const open = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => `${d.date} ${d.title}`);

describe('N20: a year in a yearly deadline’s title', () => {
  it('moves with the repeat when «Levert» makes next year’s copy, and the notice says so', async () => {
    const { t, net } = await start();
    await say(t, net, ola, 'frist 01.03.2027 Rapportering til Statsforvalteren for 2026 hvert år');
    const before = t.connector.emulator.calls.length;
    const done = await t.post(cardAction(net, ola, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    expect(done.status).toBe(200);
    const said = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    expect(said).toContain('neste frist er 01.03.2028');
    expect(said).toContain('Rapportering til Statsforvalteren for 2027');
    expect(await open(t, net)).toEqual(['2028-03-01 Rapportering til Statsforvalteren for 2027']);
  });

  it('a title without a year, or with another number, is copied as it is', async () => {
    const { t, net } = await start();
    await say(t, net, ola, 'frist 15.03.2027 Revisjon av prosjekt 1998 hvert år');
    // Pressed in the last weeks: earlier, «Levert» asks first (N11, round 9: delivery-confirm.e2e.test.ts).
    t.clock.set('2027-02-20T09:00:00Z');
    await t.post(cardAction(net, ola, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    expect(await open(t, net)).toEqual(['2028-03-15 Revisjon av prosjekt 1998']);
  });
});

describe('titleForYear (pure)', () => {
  it('moves the years near the date’s year by the years the date moves', () => {
    expect(titleForYear('Rapportering for 2026', '2027-03-01', '2028-03-01')).toBe('Rapportering for 2027');
    expect(titleForYear('Søknad om stimuleringsmidler 2027', '2027-04-15', '2028-04-15')).toBe(
      'Søknad om stimuleringsmidler 2028',
    );
    expect(titleForYear('Budsjett 2028', '2027-11-01', '2028-11-01')).toBe('Budsjett 2029');
    expect(titleForYear('Regnskap 2026/2027', '2027-06-30', '2028-06-30')).toBe('Regnskap 2027/2028');
  });
  it('leaves other numbers and unchanged years alone', () => {
    expect(titleForYear('Prosjekt 1998', '2027-03-01', '2028-03-01')).toBe('Prosjekt 1998');
    expect(titleForYear('Konto 12345', '2027-03-01', '2028-03-01')).toBe('Konto 12345');
    expect(titleForYear('Rapport', '2027-03-01', '2028-03-01')).toBe('Rapport');
  });
});

// Month s15 #7c: «… for 2026-midlene» was said to «gjentas hvert år» with nothing about the year in it. The
// confirmation names next year's title, and the year's roll-over (the job the day after, no «Levert») makes it.
describe('s15 #7c: a year joined to a word by a hyphen, through the roll-over', () => {
  it('is named in the confirmation and moved in next year’s copy', async () => {
    const { t, net } = await start();
    const out = await say(t, net, ola, 'frist 01.03.2027 Rapportering til Statsforvalteren for 2026-midlene');
    expect(out).toContain('neste år heter den «Rapportering til Statsforvalteren for 2027-midlene»');
    t.clock.set('2027-03-02T09:00:00Z');
    await t.app.services.scheduler.tick();
    expect(await open(t, net)).toContain('2028-03-01 Rapportering til Statsforvalteren for 2027-midlene');
  });

  it('titleForYear: the year before a hyphen', () => {
    expect(titleForYear('Bruk av 2026-midlene', '2026-12-31', '2027-12-31')).toBe('Bruk av 2027-midlene');
  });
});
