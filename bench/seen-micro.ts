// Noting who wrote (src/meetings/seen-people.ts → store.people.noteSeen), as the bot does on every
// message addressed to it in a network: the upsert every time (before) against the store's memo
// (after: written again only SEEN_REWRITE_MS later). 32 writers in 4 networks, a message every 50 ms.
// CPU time per call, alternating rounds in one process. Run: node_modules/.bin/node bench/seen-micro.ts
import { mkdtempSync, rmSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/index.ts';
import { NOTE_SEEN, personValues } from '../src/store/rows/people.ts';

const dir = mkdtempSync(join(tmpdir(), 'seen-micro-'));
const N = Number(process.env.N ?? 20_000);
const t0 = Date.parse('2026-12-01T04:00:00Z');
const writer = (i: number) => ({
  id: `29:1${'x'.repeat(40)}${i % 32}`,
  aadObjectId: `aad-${i % 32}`,
  name: `Person ${i % 32}`,
});
let seq = 0;

async function round(memo: boolean): Promise<number> {
  const store = new SqliteStore(join(dir, `db-${seq++}.sqlite`));
  const db = (store as unknown as { db: DatabaseSync }).db;
  const start = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    const now = new Date(t0 + i * 50);
    const net = `n${i % 4}`;
    if (memo) await store.people.noteSeen('t1', net, writer(i), now);
    else db.prepare(NOTE_SEEN).run(...personValues('t1', net, writer(i), now));
  }
  const used = process.cpuUsage(start);
  await store.close();
  return (used.user + used.system) / N;
}

const before: number[] = [];
const after: number[] = [];
for (let r = 0; r < 4; r++) {
  before.push(await round(false));
  after.push(await round(true));
}
rmSync(dir, { recursive: true, force: true });
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
console.log(JSON.stringify({ calls_per_round: N, us_per_call_upsert: fmt(before), us_per_call_memo: fmt(after) }));
