// The redelivery claim (src/store/rows/idempotency.ts CLAIM_SEEN) on a WAL SQLite file, as the bot
// runs it once per incoming activity: the schema of migration 0041 (rowid table, primary key and a
// seen_at index) against 0130's (WITHOUT ROWID, no seen_at index). CPU time per claim, alternating
// rounds in one process. Run: node_modules/.bin/node bench/claim-micro.ts
import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLAIM_SEEN, seenCutoff } from '../src/store/rows/idempotency.ts';

const OLD = `CREATE TABLE seen_activities (tenant_id TEXT NOT NULL, network_id TEXT NOT NULL DEFAULT '',
  conversation_id TEXT NOT NULL, activity_id TEXT NOT NULL, seen_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, conversation_id, activity_id));
CREATE INDEX seen_activities_at ON seen_activities (seen_at);`;
const NEW = `CREATE TABLE seen_activities (tenant_id TEXT NOT NULL, network_id TEXT NOT NULL DEFAULT '',
  conversation_id TEXT NOT NULL, activity_id TEXT NOT NULL, seen_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, conversation_id, activity_id)) WITHOUT ROWID;`;

const dir = mkdtempSync(join(tmpdir(), 'claim-micro-'));
const N = Number(process.env.N ?? 20_000);
const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
let seq = 0;

function round(name: string, schema: string): number {
  const db = new DatabaseSync(join(dir, `${name}-${seq}.db`));
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  db.exec(schema);
  const claim = db.prepare(CLAIM_SEEN);
  const t0 = Date.parse('2026-12-01T04:00:00Z');
  const start = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    const now = new Date(t0 + i * 50);
    const conv = `19:${(i % 40).toString(16).padStart(32, 'a')}@thread.tacv2;messageid=17${i % 40}`;
    claim.run(tenant, conv, `17${String(1_700_000_000 + seq * N + i)}`, now.toISOString(), seenCutoff(now));
  }
  const used = process.cpuUsage(start);
  db.close();
  seq++;
  return (used.user + used.system) / N;
}

const results: Record<string, number[]> = { before: [], after: [] };
for (let r = 0; r < 4; r++) {
  results.before!.push(round('before', OLD));
  results.after!.push(round('after', NEW));
}
rmSync(dir, { recursive: true, force: true });
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
console.log(
  JSON.stringify({
    claims_per_round: N,
    us_per_claim_before: fmt(results.before!),
    us_per_claim_after: fmt(results.after!),
  }),
);
