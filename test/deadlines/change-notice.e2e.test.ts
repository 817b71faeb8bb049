import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer, sentSince, textOf } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Tuesday 1 December 2026, 10:00 in Oslo: F1 is registered; on 4 January it is moved (month round 6, N5).
const kari = person('Kari Nordmann', 1); // installs the bot, so she is the leader
const app = appPerTest(kari, '2026-12-01T09:00:00Z');
const say = sayer({});

const form = {
  title: 'Søknad om stimuleringsmidler',
  kind: 'søknad',
  source: 'Bufdir',
  checklist: 'Budsjett',
  yearly: 'false',
};

async function click(t: TestApp, net: NetworkFixture, verb: string, data: object) {
  const from = t.connector.emulator.calls.length;
  const res = await t.post(cardAction(net, kari, verb, { deadlineId: 'F1', networkId: net.teamId, ...data }));
  expect(res.body.statusCode).toBe(200);
  // New messages only: a card update in Teams notifies nobody.
  return textOf(sentSince(t, from));
}

describe('a changed deadline is told in the channel, not only redrawn in old cards (month round 6, N5)', () => {
  it('«Endre» with a new date posts who moved it from which day to which', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 15.01.2027 Søknad om stimuleringsmidler');
    t.clock.set('2027-01-04T09:00:00Z');
    const posted = await click(t, net, 'deadline.save', { ...form, date: '17. mai' });
    expect(posted).toContain(
      'Kari Nordmann flyttet fristen F1 «Søknad om stimuleringsmidler» fra 15.01.2027 til 17.05.2027',
    );
    // Earlier as well as later.
    const back = await click(t, net, 'deadline.save', { ...form, date: '12.01.2027' });
    expect(back).toContain('fra 17.05.2027 til 12.01.2027');
  });

  it('a new title is told; a change of checklist or source alone posts nothing', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 15.01.2027 Søknad om stimuleringsmidler');
    const renamed = await click(t, net, 'deadline.save', { ...form, title: 'Søknad om tilskudd', date: '15.01.2027' });
    expect(renamed).toContain(
      'Kari Nordmann endret tittelen på fristen F1 fra «Søknad om stimuleringsmidler» til «Søknad om tilskudd»',
    );
    expect(renamed).not.toContain('flyttet');
    const quiet = await click(t, net, 'deadline.save', {
      ...form,
      title: 'Søknad om tilskudd',
      checklist: 'Budsjett\nVedlegg',
      date: '15.01.2027',
    });
    expect(quiet).toBe('');
  });

  it('«Flytt til» off a holiday is told as well', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 17.5.2027 Søknad om stimuleringsmidler');
    const moved = await click(t, net, 'deadline.move', { date: '2027-05-14' });
    expect(moved).toContain(
      'Kari Nordmann flyttet fristen F1 «Søknad om stimuleringsmidler» fra 17.05.2027 til 14.05.2027',
    );
  });
});
