import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt, textOf as texts } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader

// «avlys møte 24.12: for få saker»: the colon (or comma) written right after the date belongs to
// the sentence, not the date; the date is read and the words after it are the reason.
describe('a date followed by a colon or comma, end to end', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = async (text: string) => {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(channelMessage(net, kari, text));
    expect(res.status).toBe(200);
    return texts(t.connector.emulator.calls.slice(before));
  };

  beforeAll(async () => {
    ({ t, net } = await startAt('2026-12-28T08:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('cancels the meeting named as «29.01: for få saker» and «26. februar, ferie»', async () => {
    const jan = await say('avlys møte 29.01: for få saker');
    expect(jan).toContain('29. januar');
    expect(jan).not.toContain('Eksempel');
    const feb = await say('avlys møte 26. februar, ferie');
    expect(feb).toContain('26. februar');
    expect(feb).not.toContain('Eksempel');
    const plan = await say('møteplan');
    expect(plan).not.toContain('29. januar');
    expect(plan).not.toContain('26. februar');
  });
});
