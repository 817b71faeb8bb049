import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { sentSince, startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker, type Speaker } from './channel-support.ts';

// A meeting the leader forgets to end: the bot asks in the meeting thread half an hour after the
// planned end (09:00–15:30 by default), then the next two mornings, and never once it has ended.
const kari = person('Kari Nordmann', 1); // leader

describe('a meeting left open', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let s: Speaker;
  const thread = '820001';

  beforeAll(async () => {
    // Friday 27 November 2026, 09:00 in Oslo.
    ({ t, net } = await startAt('2026-11-27T08:00:00Z', kari));
    s = speaker(t, net, thread);
    expect(await s.say(kari, 'start møte')).toContain('er startet');
  });
  afterAll(async () => t?.close());

  const askedAt = async (iso: string) => {
    const from = t.connector.emulator.calls.length;
    t.clock.set(iso);
    await t.app.services.scheduler.tick();
    await t.app.services.scheduler.tick();
    return sentSince(t, from).filter((c) => JSON.stringify(c.body).includes('fortsatt åpent'));
  };

  it('says nothing while the meeting may still be going on', async () => {
    expect(await askedAt('2026-11-27T14:50:00Z')).toEqual([]); // 15:50, twenty minutes after the planned end
  });

  it('asks the leader who started it, in the meeting thread, half an hour after the planned end', async () => {
    const asked = await askedAt('2026-11-27T15:05:00Z'); // 16:05
    expect(asked).toHaveLength(1);
    const body = asked[0]!.body as {
      text: string;
      entities?: { type: string; mentioned?: { name: string } }[];
      conversation?: { id: string };
    };
    expect(body.text).toContain('Møtet 27.11.2026 er fortsatt åpent');
    expect(body.text).toContain('«avslutt møte»');
    expect(body.entities?.some((e) => e.type === 'mention' && e.mentioned?.name === 'Kari Nordmann')).toBe(true);
    expect(JSON.stringify(asked[0])).toContain(thread);
  });

  it('asks again the next morning, and not once the meeting is ended', async () => {
    expect(await askedAt('2026-11-28T08:05:00Z')).toEqual([]); // Saturday: the leaders are left alone
    expect(await askedAt('2026-11-30T08:05:00Z')).toHaveLength(1); // Monday 09:05
    expect(await s.say(kari, 'avslutt møte')).toContain('avsluttet');
    expect(await askedAt('2026-12-01T08:05:00Z')).toEqual([]);
    expect(await askedAt('2026-12-02T08:05:00Z')).toEqual([]);
  });
});
