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
 * How far ahead a sender may book a slot in a full tenant window. A booked slot that is not used
 * (its process was killed while it waited) still counts as one request at its time, so the horizon
 * bounds how long such a slot can stand in the way; beyond it the sender asks again later. Each
 * waiting sender holds at most one booking, so a killed instance leaves at most one unused slot
 * per sender it had, each at most this far ahead.
 */
export const BOOKING_HORIZON_MS = 3_000;

/**
 * Until its request has left (one process) or been answered (shared windows, PostgreSQL), a
 * booking counts as reaching Teams no earlier than now plus this margin. A request reaches Teams
 * somewhere between its booked time and its answer (on a loaded machine the first requests of a
 * burst arrived up to 0.4 s after their booking), while the booking one window on may be made
 * before it is even sent; counted from its booked time, two such requests could reach Teams less
 * than a window apart. A settled booking counts from its answer, a bound on its arrival.
 */
export const IN_FLIGHT_MARGIN_MS = 60;

/**
 * A booking never settled (its process was killed, or the answer is very late) stops counting as
 * «now» this long after its booked time, so it holds its windows at most this plus the margin
 * plus the window.
 */
export const IN_FLIGHT_CAP_MS = 2_000;

/**
 * A reservation. `booked` true: both slots are booked for this sender `wait` milliseconds from the
 * answer (0: now), so it sends then without asking again. `booked` false: nothing is booked (a
 * thread window is full, or the tenant's earliest free slot lies beyond the horizon); ask again
 * after `wait`. `settle`, when given, is called once the request has been answered, so the
 * booking counts from then (Teams counts on arrival). `release` gives back a booked slot that
 * will not be used (the sender was stopped while it waited).
 */
export interface Slot {
  wait: number;
  booked: boolean;
  /** Called as the request leaves, with the sender's time (one process's windows count from then). */
  start?: (now: number) => void;
  settle?: (now: number) => Promise<void>;
  release?: () => Promise<void>;
}

/**
 * Where the sender books its slots: per tenant (TENANT_LIMITS) and per thread (THREAD_LIMITS).
 * `reserve` books both slots at the earliest moment the tenant's window has room, now or up to
 * BOOKING_HORIZON_MS ahead (so a sender waiting on a full window is told its exact moment instead
 * of asking again and racing every other waiter when a slot frees), or answers how long to wait
 * before asking again. In one process (SQLite) the windows live in memory; several instances
 * share them through the database (PostgreSQL), because Teams counts per app per tenant, not per
 * process.
 *
 * Bookings are laid in time order per tenant and per thread: a new one goes at or after the
 * latest booking of its tenant and of its thread, at the first moment when every window ending
 * there holds fewer than its maximum. So checking the windows that end at the new booking is
 * enough to keep every window, also those reaching into booked future slots, within its maximum.
 * A full thread window is not booked ahead (that would hold the tenant's later slots back for
 * the thread's sake): the sender asks again when the thread has room.
 */
export interface SendWindows {
  reserve(tenantId: string, thread: string, now: number): Promise<Slot>;
}

type Limits = readonly { ms: number; max: number }[];

/** Bookings of one key (tenant or thread), in time order. */
interface Hit {
  at: number;
  booking: number;
  started: boolean;
}

/** When a hit counts as reaching Teams, seen at `now`: as it left, or, not started yet, no earlier than now (capped) plus the margin. */
const counted = (h: Hit, now: number, margin: number) =>
  h.started ? h.at : Math.min(Math.max(h.at, now), h.at + IN_FLIGHT_CAP_MS) + margin;

/**
 * The earliest moment at or after `now` that is after every hit and leaves every window ending
 * there room for one more: a hit holds a window until it counts plus the window, so the moment
 * is when the max-th latest of those ends has passed.
 */
function earliest(hits: Hit[], limits: Limits, now: number, margin: number): number {
  let t = Math.max(now, hits.at(-1)?.at ?? -Infinity);
  for (const { ms, max } of limits) {
    if (hits.length < max) continue;
    const ends = hits.map((h) => counted(h, now, margin) + ms).sort((a, b) => b - a);
    t = Math.max(t, ends[max - 1]!);
  }
  return t;
}

/**
 * The windows of one process: enough when it is the only sender (the SQLite default). A booking
 * counts from the moment its request leaves (`start`, this process's own timer woke late or not);
 * until then, from no earlier than now plus the margin, as the shared windows count a request not
 * yet answered. Counted from the booked moment instead, senders waking late on a loaded machine
 * sent more than 30 within a second of Teams' count (262 answers 429 of 2,283 in `fanout`).
 */
export class LocalSendWindows implements SendWindows {
  #tenantLimits: Limits;
  #threadLimits: Limits;
  #horizon: number;
  #margin: number;
  #tenants = new Map<string, Hit[]>();
  #threads = new Map<string, Hit[]>();
  #next = 1;

  constructor(
    tenant: Limits = TENANT_LIMITS,
    thread: Limits = THREAD_LIMITS,
    horizonMs = BOOKING_HORIZON_MS,
    marginMs = IN_FLIGHT_MARGIN_MS,
  ) {
    this.#tenantLimits = tenant;
    this.#threadLimits = thread;
    this.#horizon = horizonMs;
    this.#margin = marginMs;
  }

  #hits(map: Map<string, Hit[]>, key: string, limits: Limits, now: number): Hit[] {
    const longest = Math.max(...limits.map((l) => l.ms)) + IN_FLIGHT_CAP_MS + this.#margin;
    const hits = (map.get(key) ?? []).filter((h) => h.at > now - longest);
    if (hits.length) map.set(key, hits);
    else map.delete(key);
    return hits;
  }

  async reserve(tenantId: string, thread: string, now: number): Promise<Slot> {
    const tenantHits = this.#hits(this.#tenants, tenantId, this.#tenantLimits, now);
    const threadHits = this.#hits(this.#threads, thread, this.#threadLimits, now);
    const forTenant = earliest(tenantHits, this.#tenantLimits, now, this.#margin);
    const forThread = earliest(threadHits, this.#threadLimits, now, this.#margin);
    if (forThread > forTenant) return { wait: Math.max(1, Math.ceil(forThread - now)), booked: false };
    if (forTenant - now > this.#horizon)
      return { wait: Math.max(1, Math.ceil(forTenant - now - this.#horizon)), booked: false };
    const booking = this.#next++;
    const mine: [Hit, Hit] = [
      { at: forTenant, booking, started: false },
      { at: forTenant, booking, started: false },
    ];
    tenantHits.push(mine[0]);
    threadHits.push(mine[1]);
    this.#tenants.set(tenantId, tenantHits);
    this.#threads.set(thread, threadHits);
    return {
      wait: Math.ceil(forTenant - now),
      booked: true,
      start: (left) => {
        for (const [hit, list] of [
          [mine[0], this.#tenants.get(tenantId)],
          [mine[1], this.#threads.get(thread)],
        ] as const) {
          hit.started = true;
          if (left <= hit.at) continue;
          hit.at = left;
          list?.sort((a, b) => a.at - b.at);
        }
      },
      release: async () => {
        for (const [map, key] of [
          [this.#tenants, tenantId],
          [this.#threads, thread],
        ] as const) {
          const list = map.get(key)?.filter((h) => h.booking !== booking);
          if (list?.length) map.set(key, list);
          else map.delete(key);
        }
      },
    };
  }
}
