import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Saturday 3 April 2027, 10:00 in Oslo (UTC+2): the day of the stranger's F29.
const kari = person('Kari Nordmann', 1); // installs the bot, so she is the leader
const app = appPerTest(kari, '2027-04-03T08:00:00Z');
const say = sayer({});

const typed = {
  title: 'Rapport til Statsforvalteren',
  kind: 'rapportering',
  source: 'Statsforvalteren',
  checklist: 'Regnskap\nMåloppnåelse',
  yearly: 'false',
};

async function saveDate(t: TestApp, net: NetworkFixture, date: string): Promise<string> {
  const res = await t.post(
    cardAction(net, kari, 'deadline.save', { deadlineId: 'F1', networkId: net.teamId, ...typed, date }),
  );
  expect(res.body.statusCode).toBe(200);
  return JSON.stringify(res.body.value);
}

const dateOf = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!.date;

describe('the deadline «Endre» card says what is wrong with a date, as «frist» does (a stranger’s month, F29)', () => {
  it('a day that does not exist is named as such, in every form, and the form keeps what was typed', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 20.4.2027 Rapport til Statsforvalteren');
    // The «frist» command's own words for the same mistake: one parser, one message.
    const command = await say(t, net, kari, 'frist 31.4.2027 Budsjett');
    expect(command).toContain('finnes ikke i kalenderen');
    for (const date of ['31.4.2027', '31. april', '31.04', '29.02.2027']) {
      const out = await saveDate(t, net, date);
      expect(out).toContain(`Datoen «${date}» finnes ikke i kalenderen`);
      expect(out).not.toContain('Jeg fant ingen dato');
      expect(out).toContain('Input.Text'); // the form again
      expect(out).toContain('Måloppnåelse');
    }
    expect(await dateOf(t, net)).toBe('2027-04-20');
  });

  it('a day that has passed says it has passed, with or without the year', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 20.4.2027 Rapport til Statsforvalteren');
    expect(await say(t, net, kari, 'frist 2. april Budsjett')).toContain(
      '«2. april» var 02.04.2027, for kort tid siden',
    );
    const withYear = await saveDate(t, net, '02.04.2027');
    expect(withYear).toContain('02.04.2027 er passert');
    for (const date of ['2. april', '2.4']) {
      const out = await saveDate(t, net, date);
      expect(out).not.toContain('Jeg fant ingen dato');
      // The parser's own words, the same «frist» gives: the day was, and how to mean next year's.
      expect(out).toContain(`«${date}» var 02.04.2027, for kort tid siden`);
      expect(out).toContain('02.04.2028');
    }
    expect(await dateOf(t, net)).toBe('2027-04-20');
    // What is not a date at all still gets the example.
    const nonsense = await saveDate(t, net, 'en gang i mai');
    expect(nonsense).toContain('Jeg fant ingen dato jeg forstod i «en gang i mai»');
    expect(nonsense).toContain('For eksempel 1. mars 2027');
  });

  it('a public holiday or a weekend day is saved with the same note and «Flytt til» as registering one', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 20.4.2027 Rapport til Statsforvalteren');
    const registered = await say(t, net, kari, 'frist 1. mai Budsjett');
    const may = await saveDate(t, net, '1. mai');
    expect(await dateOf(t, net)).toBe('2027-05-01');
    for (const out of [registered, may]) {
      expect(out).toContain('Merk: 1. mai er arbeidernes dag');
      expect(out).toContain('fredag 30. april 2027');
      expect(out).toContain('Flytt til 30.04');
      expect(out).toContain('deadline.move');
    }
    const saturday = await saveDate(t, net, '8.5.2027');
    expect(saturday).toContain('Merk: 8. mai er en lørdag');
    expect(saturday).toContain('Flytt til 07.05');
    const ordinary = await saveDate(t, net, '20.05.2027');
    expect(ordinary).not.toContain('Merk:');
    expect(ordinary).not.toContain('deadline.move');
    expect(await dateOf(t, net)).toBe('2027-05-20');
  });
});
