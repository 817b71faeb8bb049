/** Teams' documented per-thread send limits for a bot. */
export const THREAD_LIMITS = [
  { ms: 1_000, max: 7 },
  { ms: 2_000, max: 8 },
  { ms: 30_000, max: 60 },
  { ms: 3_600_000, max: 1800 },
];
/**
 * The per-tenant budget Microsoft advises planning for (30 per second). The window is a little
 * longer than a second because a request reaches Teams some milliseconds after it is booked
 * here; a window of exactly one second ran into Teams' own count and earned avoidable 429s.
 */
export const TENANT_LIMITS = [{ ms: 1_030, max: 30 }];

/**
 * Sliding windows over recent send times. `reserve` answers how long to wait before the next send
 * under every window, and books the slot when that is now.
 */
export class SlidingWindows {
  #limits: { ms: number; max: number }[];
  #hits = new Map<string, number[]>();
  #longest: number;

  constructor(limits: { ms: number; max: number }[]) {
    this.#limits = limits;
    this.#longest = Math.max(...limits.map((l) => l.ms));
  }

  reserve(key: string, now: number): number {
    const hits = (this.#hits.get(key) ?? []).filter((t) => now - t < this.#longest);
    let wait = 0;
    for (const { ms, max } of this.#limits) {
      const inWindow = hits.filter((t) => now - t < ms);
      if (inWindow.length >= max) wait = Math.max(wait, inWindow[inWindow.length - max]! + ms - now);
    }
    if (wait === 0) hits.push(now);
    this.#hits.set(key, hits);
    return wait;
  }
}

/**
 * A reservation: `wait` 0 means both slots are booked; `settle`, when given, is called once the
 * request has been answered, so the booking counts from then (Teams counts on arrival).
 */
export interface Slot {
  wait: number;
  settle?: () => Promise<void>;
}

/**
 * Where the sender books its slots: per tenant (TENANT_LIMITS) and per thread (THREAD_LIMITS).
 * `reserve` books both slots, or answers how many milliseconds to wait before asking again. In
 * one process (SQLite) the windows live in memory; several instances share them through the
 * database (PostgreSQL), because Teams counts per app per tenant, not per process.
 */
export interface SendWindows {
  reserve(tenantId: string, thread: string, now: number): Promise<Slot>;
}

/** The windows of one process: enough when it is the only sender (the SQLite default). */
export class LocalSendWindows implements SendWindows {
  #threads = new SlidingWindows(THREAD_LIMITS);
  #tenants = new SlidingWindows(TENANT_LIMITS);

  async reserve(tenantId: string, thread: string, now: number): Promise<Slot> {
    const tenantWait = this.#tenants.reserve(tenantId, now);
    if (tenantWait > 0) return { wait: tenantWait };
    return { wait: this.#threads.reserve(thread, now) };
  }
}
