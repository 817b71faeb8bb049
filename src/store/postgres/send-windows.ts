import type pg from 'pg';
import { TENANT_LIMITS, THREAD_LIMITS, type SendWindows, type Slot } from '../../messaging/rate-limit.ts';

type Limits = readonly { ms: number; max: number }[];

/**
 * Teams' send windows in the database (migration 0090), shared by every instance: N instances
 * together stay within one tenant's 30 requests per second and each thread's limits. One call
 * books both slots or says how long to wait; time is the database's clock, so instances whose
 * clocks differ still count in one window (`now` is ignored for that reason). A booking moves to
 * the time its request was answered: on a loaded machine a request reaches Teams a good part of a
 * second after its booking, and a window counted from the booking let the next second's
 * requests in while Teams still counted the last ones (17 of 90 answered 429 in the test).
 */
export class PgSendWindows implements SendWindows {
  #pool: pg.Pool;
  #args: number[][];

  constructor(pool: pg.Pool, tenant: Limits = TENANT_LIMITS, thread: Limits = THREAD_LIMITS) {
    this.#pool = pool;
    this.#args = [tenant.map((l) => l.ms), tenant.map((l) => l.max), thread.map((l) => l.ms), thread.map((l) => l.max)];
  }

  async reserve(tenantId: string, thread: string, _now: number): Promise<Slot> {
    const r = await this.#pool.query<{ wait_ms: number; booking: number | null }>(
      'SELECT wait_ms, booking FROM reserve_send_slot($1, $2, $3, $4, $5, $6)',
      [tenantId, thread, ...this.#args],
    );
    const { wait_ms: wait, booking } = r.rows[0]!;
    if (wait > 0 || booking === null) return { wait };
    return { wait: 0, settle: () => this.#pool.query('SELECT settle_send_slot($1)', [booking]).then(() => undefined) };
  }
}
