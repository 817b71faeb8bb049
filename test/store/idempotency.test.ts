import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueConfirmation, onceAtATime, useConfirmation } from '../../src/conversation/confirmations.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';

const t0 = new Date('2026-11-23T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const kari = { id: 'u1', name: 'Kari' };
const n1 = { tenantId: 't1', networkId: 'n1' };
const HOUR = 60 * 60_000;

describe('single-use confirmations and seen activities in the SQLite store', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nb-idem-'));
    store = new SqliteStore(join(dir, 'db.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a confirmation is used once, only for its purpose and network, and not after it expired', async () => {
    const { nonce, expires } = await issueConfirmation(store, n1, 'network.erase', t0, HOUR);
    expect(expires).toBe(at(HOUR).toISOString());
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await useConfirmation(store, n1, 'other.purpose', nonce, kari, at(1))).toBe('used');
    expect(await useConfirmation(store, { tenantId: 't1', networkId: 'n2' }, 'network.erase', nonce, kari, at(1))).toBe(
      'used',
    );
    expect(await useConfirmation(store, n1, 'network.erase', nonce, kari, at(1))).toBe('ok');
    expect(await useConfirmation(store, n1, 'network.erase', nonce, kari, at(2))).toBe('used');
    expect(await useConfirmation(store, n1, 'network.erase', 'x'.repeat(24), kari, at(2))).toBe('used');

    const late = await issueConfirmation(store, n1, 'network.erase', t0, HOUR);
    expect(await useConfirmation(store, n1, 'network.erase', late.nonce, kari, at(HOUR))).toBe('expired');
    // Of many clicks at once, one wins.
    const many = await issueConfirmation(store, n1, 'network.erase', t0, HOUR);
    const uses = await Promise.all(
      Array.from({ length: 10 }, () => useConfirmation(store, n1, 'network.erase', many.nonce, kari, at(5))),
    );
    expect(uses.filter((u) => u === 'ok')).toHaveLength(1);

    expect(await store.confirmations.purge('t1', 'n1', at(2 * HOUR))).toBe(3);
  });

  it('onceAtATime lets one of two concurrent runs work and frees the key when it ends, even on failure', async () => {
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const work = async () => {
      runs++;
      await gate;
      return 'sent';
    };
    const first = onceAtATime(store, n1, 'escalate', 'u1\nspørsmål', t0, 60_000, work, () => 'busy');
    const second = await onceAtATime(store, n1, 'escalate', 'u1\nspørsmål', t0, 60_000, work, () => 'busy');
    expect(second).toBe('busy');
    release();
    expect(await first).toBe('sent');
    expect(runs).toBe(1);
    await expect(
      onceAtATime(
        store,
        n1,
        'escalate',
        'u1\nspørsmål',
        t0,
        60_000,
        () => Promise.reject(new Error('Teams nede')),
        () => 'busy',
      ),
    ).rejects.toThrow('Teams nede');
    expect(
      await onceAtATime(
        store,
        n1,
        'escalate',
        'u1\nspørsmål',
        t0,
        60_000,
        async () => 'again',
        () => 'busy',
      ),
    ).toBe('again');
    // A key held by a process that died is taken over once its time is up.
    expect(await store.confirmations.take('t1', 'n1', 'k', 'escalate', t0, at(60_000))).toBe(true);
    expect(await store.confirmations.take('t1', 'n1', 'k', 'escalate', at(59_999), at(120_000))).toBe(false);
    expect(await store.confirmations.take('t1', 'n1', 'k', 'escalate', at(60_000), at(120_000))).toBe(true);
  });

  it('an activity id is claimed once per conversation for 24 hours, and a released claim can be taken again', async () => {
    const seen = store.seenActivities;
    expect(await seen.claim('t1', 'c1', 'a1', t0)).toBe(true);
    expect(await seen.claim('t1', 'c1', 'a1', at(1000))).toBe(false);
    expect(await seen.claim('t1', 'c2', 'a1', at(1000))).toBe(true);
    expect(await seen.claim('t2', 'c1', 'a1', at(1000))).toBe(true);
    expect(await seen.claim('t1', 'c1', 'a1', at(24 * HOUR - 1))).toBe(false);
    expect(await seen.claim('t1', 'c1', 'a1', at(24 * HOUR + 1))).toBe(true);
    await seen.release('t1', 'c2', 'a1');
    expect(await seen.claim('t1', 'c2', 'a1', at(2000))).toBe(true);
    // t2/c1 from 08:00:01 and t1/c1 renewed at 24 h: the purge two days on removes all but none sooner.
    expect(await seen.purge(at(24 * HOUR))).toBe(0);
    expect(await seen.purge(at(72 * HOUR))).toBe(3);
  });
});
