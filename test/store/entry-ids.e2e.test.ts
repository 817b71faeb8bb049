import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { effectiveEntries, type Entry } from '../../src/meetings/log.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { person } from '../support/teams.ts';
import { entriesOf, speaker } from '../meetings/channel-support.ts';

const kari = person('Kari Nordmann', 1);
let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('meeting-log entry ids come from the store', () => {
  it('a restart under the same clock makes no id twice, and angre removes exactly the one entry', async () => {
    // The clock does not move: ids made from time and a per-process counter repeat after a restart.
    const started = await startWithNetworks(1, kari, { clock: new ManualClock('2026-11-27T09:00:00Z') });
    t = started.t;
    const net = started.nets[0]!;
    const s = speaker(t, net, '810001');
    await s.say(kari, 'start møte');
    await s.say(kari, 'info: første notat');
    await t.restart();
    const s2 = speaker(t, net, '810001');
    await s2.say(kari, 'info: andre notat');
    await s2.say(kari, 'info: tredje notat');
    const entries = (await entriesOf(t, net)) as Entry[];
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);

    expect(await s2.say(kari, 'angre')).toContain('Angret: notatet under punkt 1');
    const left = effectiveEntries((await entriesOf(t, net)) as Entry[]).flatMap((e) =>
      e.kind === 'note' ? [e.text] : [],
    );
    expect(left).toEqual(['første notat', 'andre notat']);
  });

  it('two processes on one file (the lock aside) never get the same id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-ids-'));
    const a = new SqliteStore(join(dir, 'ids.db'));
    const b = new SqliteStore(join(dir, 'ids.db'));
    try {
      const ids: string[] = [];
      for (let i = 0; i < 500; i++)
        ids.push(await a.meetings.nextEntryId('t', 'n'), await b.meetings.nextEntryId('t', 'n'));
      expect(new Set(ids).size).toBe(1000);
      // Per network: another network starts its own sequence and never borrows from this one.
      expect(await a.meetings.nextEntryId('t', 'other')).toBe('e-1');
    } finally {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
