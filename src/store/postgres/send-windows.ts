import type pg from 'pg';
import {
  BOOKING_HORIZON_MS,
  IN_FLIGHT_CAP_MS,
  IN_FLIGHT_MARGIN_MS,
  TENANT_LIMITS,
  THREAD_LIMITS,
  type SendWindows,
  type Slot,
} from '../../messaging/rate-limit.ts';

type Limits = readonly { ms: number; max: number }[];

/**
 * Teams' send windows in the database (migrations 0090 and 0120), shared by every instance: N
 * instances together stay within one tenant's 30 requests per second and each thread's limits.
 * One call books both slots, now or at the tenant's earliest free moment up to the horizon ahead
 * (the sender sleeps until then and sends without asking again), or says how long to wait before
 * asking again; time is the database's clock, so instances whose clocks differ still count in one
 * window (`now` is ignored for that reason). A booking moves to the time its request was answered:
 * on a loaded machine a request reaches Teams a good part of a second after its booking, and a
 * window counted from the booking let the next second's requests in while Teams still counted the
 * last ones (17 of 90 answered 429 in the test).
 */
export class PgSendWindows implements SendWindows {
  #pool: pg.Pool;
  #args: (number[] | number)[];

  constructor(
    pool: pg.Pool,
    tenant: Limits = TENANT_LIMITS,
    thread: Limits = THREAD_LIMITS,
    horizonMs = BOOKING_HORIZON_MS,
    marginMs = IN_FLIGHT_MARGIN_MS,
  ) {
    this.#pool = pool;
    this.#args = [
      tenant.map((l) => l.ms),
      tenant.map((l) => l.max),
      thread.map((l) => l.ms),
      thread.map((l) => l.max),
      horizonMs,
      marginMs,
      IN_FLIGHT_CAP_MS,
    ];
  }

  async reserve(tenantId: string, thread: string, _now: number): Promise<Slot> {
    const r = await this.#pool.query<{ wait_ms: number; booking: string | null }>(
      'SELECT wait_ms, booking FROM book_send_slot($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [tenantId, thread, ...this.#args],
    );
    const { wait_ms: wait, booking } = r.rows[0]!;
    if (booking === null) return { wait, booked: false };
    return {
      wait,
      booked: true,
      settle: () => this.#pool.query('SELECT settle_send_slot($1)', [booking]).then(() => undefined),
      release: () => this.#pool.query('SELECT release_send_slot($1)', [booking]).then(() => undefined),
    };
  }
}
