// Where the time of `fanout-pg` goes, measured rather than guessed. Run as a script it runs the
// scenario with every worker preloading this file (NODE_OPTIONS=--import), which records in each
// worker its claims (when, how many of which tenant), its slot reservations (when, tenant, thread,
// the wait answered) and its completed jobs, then reads the records back and prints: the requests
// booked per second per tenant per instance, how long a claimed job waited before its first
// reservation and for its slot, and what the claimed batches held.
//
//   node_modules/.bin/node bench/fanout-pg-probe.ts [--kill]
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEADLINE_NUDGE } from '../src/deadlines/nudges.ts';

type Event =
  | { ev: 'claim'; t: number; ms: number; jobs: [number, string, string, string][] }
  | { ev: 'reserve'; t: number; ms: number; tenant: string; thread: string; wait: number; booked?: boolean }
  | { ev: 'done'; t: number; id: number }
  | { ev: 'defer'; t: number; id: number; until: number; error: string | null };

const dir = process.env.FANOUT_PROBE;
if (dir && process.env.INSTANCE_ID) await record(join(dir, `${process.env.INSTANCE_ID}.jsonl`));

async function record(out: string): Promise<void> {
  const { PgJobs } = await import('../src/store/postgres/jobs.ts');
  const { PgSendWindows } = await import('../src/store/postgres/send-windows.ts');
  let lines: string[] = [];
  const put = (e: Event) => lines.push(JSON.stringify(e));
  const flush = () => {
    if (!lines.length) return;
    appendFileSync(out, lines.join('\n') + '\n');
    lines = [];
  };
  setInterval(flush, 100).unref();
  process.on('exit', flush);
  const claimDue = PgJobs.prototype.claimDue;
  PgJobs.prototype.claimDue = async function (this: InstanceType<typeof PgJobs>, ...args: Parameters<typeof claimDue>) {
    const t = Date.now();
    const jobs = await claimDue.apply(this, args);
    if (jobs.length)
      put({ ev: 'claim', t, ms: Date.now() - t, jobs: jobs.map((j) => [j.id, j.tenantId, j.networkId, j.kind]) });
    return jobs;
  };
  const complete = PgJobs.prototype.complete;
  PgJobs.prototype.complete = async function (this: InstanceType<typeof PgJobs>, id: number, now: Date) {
    await complete.call(this, id, now);
    put({ ev: 'done', t: Date.now(), id });
  };
  const defer = PgJobs.prototype.defer;
  PgJobs.prototype.defer = async function (
    this: InstanceType<typeof PgJobs>,
    id: number,
    until: Date,
    error: string | null,
  ) {
    await defer.call(this, id, until, error);
    put({ ev: 'defer', t: Date.now(), id, until: until.getTime(), error });
  };
  const reserve = PgSendWindows.prototype.reserve;
  PgSendWindows.prototype.reserve = async function (
    this: InstanceType<typeof PgSendWindows>,
    tenant: string,
    thread: string,
    now: number,
  ) {
    const t = Date.now();
    const slot = await reserve.call(this, tenant, thread, now);
    put({ ev: 'reserve', t, ms: Date.now() - t, tenant, thread, wait: slot.wait, booked: slot.booked });
    return slot;
  };
}

const pct = (xs: number[], p: number) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]!);
};
// A reservation that booked a slot (now, or ahead since slots are booked ahead), and the moment of its slot.
const isBooked = (e: { wait: number; booked?: boolean }) => e.booked ?? e.wait === 0;
const slotAt = (e: { t: number; ms: number; wait: number; booked?: boolean }) => e.t + e.ms + (e.booked ? e.wait : 0);
const summary = (xs: number[]) => ({ n: xs.length, p50: pct(xs, 0.5), p90: pct(xs, 0.9), max: pct(xs, 1) });

/** Reads the workers' records and says where the time went. */
export function analyse(folder: string) {
  const byInstance = new Map<string, Event[]>();
  for (const f of readdirSync(folder).filter((f) => f.endsWith('.jsonl')))
    byInstance.set(
      f.replace('.jsonl', ''),
      readFileSync(join(folder, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Event),
    );
  const all = [...byInstance.values()].flat();
  const t0 = Math.min(...all.filter((e) => e.ev === 'reserve').map((e) => e.t));
  const tenants = [...new Set(all.flatMap((e) => (e.ev === 'reserve' ? [e.tenant] : [])))].sort();
  const short = (t: string) => t.slice(-2);
  // Requests booked per second of their slot, per instance and tenant.
  const perSecond: Record<string, Record<string, number[]>> = {};
  for (const [inst, evs] of byInstance) {
    perSecond[inst] = {};
    for (const tenant of tenants) {
      const secs: number[] = [];
      for (const e of evs)
        if (e.ev === 'reserve' && isBooked(e) && e.tenant === tenant) {
          const s = Math.floor((slotAt(e) - t0) / 1000);
          secs[s] = (secs[s] ?? 0) + 1;
        }
      perSecond[inst]![short(tenant)] = Array.from(secs, (n) => n ?? 0);
    }
  }
  // Per claimed nudge: claim → first reservation (queued in the batch), first reservation → booked (window wait).
  const queued: number[] = [];
  const slotWait: number[] = [];
  const held: number[] = [];
  const batches: { inst: string; at_s: number; size: number; per_tenant: Record<string, number> }[] = [];
  for (const [inst, evs] of byInstance) {
    const reserves = new Map<string, { t: number; wait: number; ms: number; booked?: boolean }[]>();
    const done = new Map<number, number>();
    for (const e of evs) {
      if (e.ev === 'reserve') reserves.set(e.thread, [...(reserves.get(e.thread) ?? []), e]);
      if (e.ev === 'done') done.set(e.id, e.t);
    }
    for (const e of evs) {
      if (e.ev !== 'claim') continue;
      const perTenant: Record<string, number> = {};
      for (const [, tenant] of e.jobs) perTenant[short(tenant)] = (perTenant[short(tenant)] ?? 0) + 1;
      batches.push({ inst, at_s: Math.round((e.t - t0) / 100) / 10, size: e.jobs.length, per_tenant: perTenant });
      const claimedAt = e.t + e.ms;
      for (const [id, , networkId, kind] of e.jobs) {
        if (kind !== DEADLINE_NUDGE) continue;
        const mine = (reserves.get(networkId.replace('bench-team-', 'bench-channel-')) ?? []).filter((r) => r.t >= e.t);
        const first = mine[0];
        const booked = mine.find(isBooked);
        if (first) queued.push(first.t - claimedAt);
        if (first && booked) slotWait.push(slotAt(booked) - first.t);
        const end = done.get(id);
        if (end) held.push(end - claimedAt);
      }
    }
  }
  batches.sort((a, b) => a.at_s - b.at_s);
  return {
    tenants: tenants.map(short),
    booked_per_second: perSecond,
    claim_to_first_reservation_ms: summary(queued),
    first_reservation_to_slot_ms: summary(slotWait),
    claim_to_done_ms: summary(held),
    reservations: all.filter((e) => e.ev === 'reserve').length,
    booked_ahead: all.filter((e) => e.ev === 'reserve' && e.booked && e.wait > 0).length,
    reservation_ms: summary(all.flatMap((e) => (e.ev === 'reserve' ? [e.ms] : []))),
    batches: batches.length,
    first_batches: batches.slice(0, 12),
    batch_sizes: summary(batches.map((b) => b.size)),
    single_tenant_batches: batches.filter((b) => Object.keys(b.per_tenant).length === 1).length,
    deferred: all.flatMap((e) =>
      e.ev === 'defer' ? [{ at_s: Math.round((e.t - t0) / 100) / 10, error: e.error }] : [],
    ),
    // Reservations booked per thread: a thread booked more than once was sent to more than once.
    threads_booked_more_than_once: (() => {
      const n = new Map<string, number>();
      for (const e of all) if (e.ev === 'reserve' && isBooked(e)) n.set(e.thread, (n.get(e.thread) ?? 0) + 1);
      return [...n.values()].filter((v) => v > 1).length;
    })(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = mkdtempSync(join(tmpdir(), 'fanout-probe-'));
  process.env.FANOUT_PROBE = folder;
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import ${fileURLToPath(import.meta.url)}`.trim();
  const { fanoutPgBench } = await import('./fanout-pg.ts');
  const result = await fanoutPgBench({ kill: process.argv.includes('--kill') });
  console.log(JSON.stringify(result));
  console.log(JSON.stringify(analyse(folder)));
  if (!process.argv.includes('--keep')) rmSync(folder, { recursive: true, force: true });
  else console.error(`records kept in ${folder}`);
}
