// Teams' documented send limits for a bot, one place for both sides of the wire (#14): the sender
// books its slots within them (src/messaging/rate-limit.ts) and the connector emulator enforces them.

/** Per thread (conversation): at most `max` messages in any `ms` window. */
export const TEAMS_THREAD_LIMITS: readonly { ms: number; max: number }[] = [
  { ms: 1_000, max: 7 },
  { ms: 2_000, max: 8 },
  { ms: 30_000, max: 60 },
  { ms: 3_600_000, max: 1800 },
];

/** The per-tenant budget Microsoft advises planning for: requests per second. */
export const TEAMS_TENANT_PER_SECOND = 30;
