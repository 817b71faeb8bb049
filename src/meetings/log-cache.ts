import { entrySchema, type Entry } from './log.ts';
import type { MeetingRepository } from './repository.ts';

// Issue #14: every line typed in a running meeting read, JSON-parsed and zod-checked the whole log,
// so a meeting cost quadratic time. The running meeting's parsed entries are kept here, per store,
// and each read asks the store only for the entries appended after the last one held.
//
// Why this is safe: the store never changes an entry in place (edits, undo and corrections are
// appended entries; the repository has no update for them), and the only deletes (erasing a
// network's data, purging ended meetings) lower the count the store returns with the new rows,
// which does not line up with what is held, so the log is read whole again. Another process (two
// instances on PostgreSQL) appends with the next seq, which the «after» read sees.

type Store = Pick<MeetingRepository, 'entriesAfter'>;
type MeetingKey = { tenantId: string; networkId: string; id: string };

interface Held {
  meetingId: string;
  /** The seq of the last entry held. */
  seq: number;
  entries: readonly Entry[];
}

/** Networks whose running meeting is held, per store; the least recently read goes first. */
export const MAX_MEETINGS = 256;

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

export class LogCache {
  // One running meeting per network (a unique index guards it), so the network is the key.
  #held = new Map<string, Held>();
  readonly #max: number;

  constructor(max = MAX_MEETINGS) {
    this.#max = max;
  }

  get size(): number {
    return this.#held.size;
  }

  /** The meeting's log, parsed; the entries are frozen (shared with later reads), the array is the caller's. */
  async read(store: Store, m: MeetingKey): Promise<Entry[]> {
    const key = networkKey(m);
    const held = this.#held.get(key);
    const from = held && held.meetingId === m.id ? held : null;
    const got = await store.entriesAfter(m.tenantId, m.networkId, m.id, from?.seq ?? 0);
    let next: Held;
    if (from && lineUp(from, got)) {
      next = { meetingId: m.id, seq: got.entries.at(-1)?.seq ?? from.seq, entries: [...from.entries, ...parse(got)] };
    } else {
      // Nothing held, or what is held does not line up (rows erased): read it whole.
      const whole = from ? await store.entriesAfter(m.tenantId, m.networkId, m.id, 0) : got;
      next = { meetingId: m.id, seq: whole.entries.at(-1)?.seq ?? 0, entries: parse(whole) };
    }
    // Two reads at once: keep the one that holds more.
    const now = this.#held.get(key);
    if (!now || now.meetingId !== m.id || now.seq <= next.seq) {
      this.#held.delete(key);
      this.#held.set(key, next);
      if (this.#held.size > this.#max) this.#held.delete(this.#held.keys().next().value!);
    }
    return [...next.entries];
  }

  /** The network runs `meetingId` now (or none): a meeting held that has ended is dropped. */
  keepOnly(tenantId: string, networkId: string, meetingId: string | null): void {
    const key = networkKey({ tenantId, networkId });
    if (this.#held.get(key)?.meetingId !== meetingId) this.#held.delete(key);
  }
}

function networkKey(m: { tenantId: string; networkId: string }): string {
  return JSON.stringify([m.tenantId, m.networkId]);
}

function lineUp(held: Held, got: Awaited<ReturnType<Store['entriesAfter']>>): boolean {
  if (got.total !== held.entries.length + got.entries.length) return false;
  let seq = held.seq;
  for (const e of got.entries) {
    if (e.seq <= seq) return false;
    seq = e.seq;
  }
  return true;
}

function parse(got: Awaited<ReturnType<Store['entriesAfter']>>): Entry[] {
  return got.entries.map((e) => deepFreeze(entrySchema.parse(e.entry)));
}

const caches = new WeakMap<object, LogCache>();

/** The cache of one store (tests and benches run several stores in one process; their ids repeat). */
export function logCacheFor(store: object): LogCache {
  let c = caches.get(store);
  if (!c) caches.set(store, (c = new LogCache()));
  return c;
}
