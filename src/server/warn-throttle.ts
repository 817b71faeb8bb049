import type { Clock } from '../time/clock.ts';
import type { Logger } from '../log.ts';

/**
 * A warn line per event, up to `perWindow` in each window; past that the events are counted and
 * said once in one line when the next one comes after the window. An attacker sending forged
 * tokens by the thousand must not be able to fill the disk or drown the lines that matter, while
 * an operator still sees that it happens, how often, and why.
 */
export class WarnThrottle {
  #start = 0;
  #logged = 0;
  #dropped = new Map<string, number>();
  readonly #log: Logger;
  readonly #clock: Clock;
  readonly #message: string;
  readonly #perWindow: number;
  readonly #windowMs: number;

  constructor(log: Logger, clock: Clock, opts: { message: string; perWindow?: number; windowMs?: number }) {
    this.#log = log;
    this.#clock = clock;
    this.#message = opts.message;
    this.#perWindow = opts.perWindow ?? 20;
    this.#windowMs = opts.windowMs ?? 60_000;
  }

  warn(fields: { reason: string } & Record<string, unknown>): void {
    const now = this.#clock.now().getTime();
    if (now - this.#start >= this.#windowMs) this.#roll(now);
    if (this.#logged < this.#perWindow) {
      this.#logged++;
      this.#log.warn(fields, this.#message);
      return;
    }
    this.#dropped.set(fields.reason, (this.#dropped.get(fields.reason) ?? 0) + 1);
  }

  #roll(now: number): void {
    if (this.#dropped.size) {
      const byReason = Object.fromEntries(this.#dropped);
      const total = [...this.#dropped.values()].reduce((a, n) => a + n, 0);
      this.#log.warn({ suppressed: total, byReason }, `${this.#message} (more, not logged one by one)`);
      this.#dropped.clear();
    }
    this.#start = now;
    this.#logged = 0;
  }
}
