import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../bot/compose.ts';
import { ManualClock } from '../../../src/time/clock.ts';
import { startTwoInstances, type TwoInstances } from '../../support/instances.ts';
import { botAddedToTeam, channelMessage, networkFixture, person, type NetworkFixture } from '../../support/teams.ts';

// A5 with two instances behind one balancer on one PostgreSQL database: a message's deletion or edit
// reaches one instance and the late message the other. What the first learnt must hold on the second,
// so it lives in the store, not in a process.
const kari = person('Kari Nordmann', 1);
const texts = (calls: { body: unknown }[]) => calls.map((c) => JSON.stringify(c.body)).join('\n');

describe('A5 on two instances: a deletion or edit on one, the late message on the other', () => {
  let two: TwoInstances;
  let apps: RunningApp[] = [];
  let net: NetworkFixture;
  const clock = new ManualClock('2026-11-27T08:05:00Z');
  const thread = '846001';

  const post = async (app: RunningApp, activity: object) => {
    const before = two.connector.emulator.calls.length;
    await two.post(app, activity);
    return two.connector.emulator.calls.slice(before);
  };
  const message = (id: string, text: string) => channelMessage(net, kari, text, { thread, id });
  const changed = (id: string, text: string, eventType: 'editMessage' | 'softDeleteMessage') => {
    const m = message(id, text);
    return eventType === 'editMessage'
      ? { ...m, type: 'messageUpdate', channelData: { ...m.channelData, eventType } }
      : { ...m, type: 'messageDelete', text: undefined, entities: [], channelData: { ...m.channelData, eventType } };
  };

  beforeAll(async () => {
    two = await startTwoInstances(clock);
    apps = two.apps;
    net = networkFixture(two.connector.url);
    await post(apps[0]!, botAddedToTeam(net, kari));
  });
  afterAll(async () => two?.close());

  it('a line deleted on one instance is not taken by the other; an edit first is the one line', async () => {
    expect(texts(await post(apps[0]!, message(thread, 'start møte')))).toContain('er startet');
    await post(apps[0]!, changed('pg-late-1', '', 'softDeleteMessage'));
    expect(await post(apps[1]!, message('pg-late-1', 'vedtak: Slettet på den andre'))).toEqual([]);
    expect(texts(await post(apps[1]!, changed('pg-late-2', 'vedtak: Redigert på B', 'editMessage')))).toContain(
      'Vedtak (punkt 1)',
    );
    expect(await post(apps[0]!, message('pg-late-2', 'vedtak: Original på A'))).toEqual([]);
    const ended = texts(await post(apps[1]!, message('pg-end', 'avslutt møte')));
    expect(ended).toContain('Redigert på B');
    expect(ended).not.toContain('Original på A');
    expect(ended).not.toContain('Slettet på den andre');
  });

  it('a deletion racing its message on the other instance leaves the minutes without it', async () => {
    clock.advance(24 * 3_600_000);
    const raceThread = '846002';
    const at = (id: string, text: string) => channelMessage(net, kari, text, { thread: raceThread, id });
    expect(texts(await post(apps[0]!, at(raceThread, 'start møte')))).toContain('er startet');
    const ids = Array.from({ length: 16 }, (_, i) => `pg-race-${i}`);
    await Promise.all(
      ids.map((id, i) => {
        const m = at(id, `info: Kappløp nummer ${i}`);
        const gone = { ...m, type: 'messageDelete', text: undefined, entities: [] };
        const deletion = { ...gone, channelData: { ...m.channelData, eventType: 'softDeleteMessage' } };
        return Promise.all([post(apps[i % 2]!, m), post(apps[(i + 1) % 2]!, deletion)]);
      }),
    );
    const ended = texts(await post(apps[0]!, at('pg-race-end', 'avslutt møte')));
    expect(ended).toContain('Referat fra møtet');
    expect(ended).not.toContain('Kappløp');
  });
});
