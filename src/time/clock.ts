/** The only source of "now" for domain code, so schedules can be tested without sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that moves only when told to: for tests and the benchmark. */
export class ManualClock implements Clock {
  #ms: number;

  constructor(start: Date | string) {
    this.#ms = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#ms);
  }

  set(to: Date | string): void {
    this.#ms = new Date(to).getTime();
  }

  advance(ms: number): void {
    this.#ms += ms;
  }
}

/** A clock that can be moved forward: the local playground's "Spol fram" and tests. */
export interface AdvancingClock extends Clock {
  advance(ms: number): void;
}

export function canAdvance(clock: Clock): clock is AdvancingClock {
  return typeof (clock as Partial<AdvancingClock>).advance === 'function';
}

/**
 * The system clock plus an offset that only grows. Local mode only: it lets a person try a month
 * of reminders in minutes, while time still runs between the jumps as it does in Teams.
 */
export class ShiftableClock implements AdvancingClock {
  #offsetMs: number;
  #base: Clock;

  /** `offsetMs`: how far an earlier run had moved it, so a restart does not send the playground back in time. */
  constructor(base: Clock = systemClock, offsetMs = 0) {
    this.#base = base;
    this.#offsetMs = Math.max(0, offsetMs);
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }

  now(): Date {
    return new Date(this.#base.now().getTime() + this.#offsetMs);
  }

  advance(ms: number): void {
    if (ms > 0) this.#offsetMs += ms;
  }
}
