// A stranger's month (round 5, N11): «innen 10.01» written on 29 January became 10.01.2028 with no
// word, so the task slept eleven months. A day that passed weeks ago is questioned instead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt, textOf } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);

describe('a task whose day-and-month passed weeks ago', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = async (text: string) => {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, kari, text));
    return textOf(t.connector.emulator.calls.slice(before));
  };

  beforeAll(async () => {
    // Friday 29 January 2027, 10:00 in Oslo.
    ({ t, net } = await startAt('2027-01-29T09:00:00Z', kari));
    await say('kommuner Hurdal, Nes');
  });
  afterAll(async () => t?.close());

  it('is questioned, with the line kept and the year to write, and nothing is stored', async () => {
    const reply = await say('oppgave Hurdal: bestille lokale innen 10.01');
    expect(reply).toContain('10.01.2027');
    expect(reply).toContain('10.01.2028');
    expect(reply).toContain('bestille lokale');
    expect(await t.app.services.store.tasks.listOpen(net.tenantId, net.teamId)).toEqual([]);
  });

  it('the same line with the year is taken', async () => {
    await say('oppgave Hurdal: bestille lokale innen 10.01.2028');
    const open = await t.app.services.store.tasks.listOpen(net.tenantId, net.teamId);
    expect(open.map((x) => x.due)).toEqual(['2028-01-10']);
  });
});
