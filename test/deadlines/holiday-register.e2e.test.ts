import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Monday 30 November 2026, 09:00 in Oslo (UTC+1).
const kari = person('Kari Nordmann', 1); // installs the bot, so she is the leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-11-30T08:00:00Z');
const say = sayer({});

const dateOf = async (t: TestApp, net: NetworkFixture, id: string) =>
  (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, id))!.date;

describe('a deadline put on a public holiday or a weekend (a stranger’s month, F2)', () => {
  it('is registered with a note naming the holiday and the last working day before, and a button that moves it there', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    const out = await say(t, net, kari, 'frist 1.1 Regnskap for 2026');
    expect(out).toContain('1. januar er første nyttårsdag');
    expect(out).toContain('torsdag 31. desember 2026');
    expect(out).toContain('deadline.move');
    expect(await dateOf(t, net, 'F1')).toBe('2027-01-01');
    // A member may not move it; the leader may, and the card then says the new date.
    const refused = await t.post(
      cardAction(net, ola, 'deadline.move', { deadlineId: 'F1', networkId: net.teamId, date: '2026-12-31' }),
    );
    expect(JSON.stringify(refused.body)).toContain('Bare nettverkets ledere');
    expect(await dateOf(t, net, 'F1')).toBe('2027-01-01');
    const moved = await t.post(
      cardAction(net, kari, 'deadline.move', { deadlineId: 'F1', networkId: net.teamId, date: '2026-12-31' }),
    );
    expect(JSON.stringify(moved.body)).toContain('torsdag 31. desember 2026');
    expect(JSON.stringify(moved.body)).not.toContain('deadline.move');
    expect(await dateOf(t, net, 'F1')).toBe('2026-12-31');
    // A forged date (not a day, or in the past) changes nothing.
    const forged = await t.post(
      cardAction(net, kari, 'deadline.move', { deadlineId: 'F1', networkId: net.teamId, date: '2026-11-01' }),
    );
    expect(JSON.stringify(forged.body)).toContain('passert');
    expect(await dateOf(t, net, 'F1')).toBe('2026-12-31');
  });

  it('says so for a Sunday and for 17. mai, and says nothing for an ordinary working day', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    const sunday = await say(t, net, kari, 'frist 13. desember Søknad om overføring');
    expect(sunday).toContain('13. desember er en søndag');
    expect(sunday).toContain('fredag 11. desember 2026');
    const may = await say(t, net, kari, 'frist 17.05.2027 Rapport om bruk av midler');
    expect(may).toContain('17. mai er grunnlovsdagen');
    expect(may).toContain('fredag 14. mai 2027');
    const ordinary = await say(t, net, kari, 'frist 15.12 Budsjett');
    expect(ordinary).not.toContain('Merk:');
    expect(ordinary).not.toContain('deadline.move');
  });

  it('reads «innen nyttår» as 31 December, a working day, with the eve note only (F4; month round 7, N5)', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    const out = await say(t, net, kari, 'frist innen nyttår Budsjett');
    expect(out).toContain('torsdag 31. desember 2026');
    expect(out).toContain('Merk: 31. desember er nyttårsaften. Det er ingen helligdag');
    expect(out).not.toContain('deadline.move');
    expect(await dateOf(t, net, 'F1')).toBe('2026-12-31');
    expect((await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!.title).toBe('Budsjett');
  });
});
