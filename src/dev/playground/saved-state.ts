import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { DatabaseTarget } from '../../config/env.ts';
import { ShiftableClock, systemClock } from '../../time/clock.ts';

/**
 * What the playground keeps across a restart, as Teams keeps a channel's history: the transcript,
 * how far "Spol fram" has moved the clock, and which demo tenants already have the app installed
 * (so a restart does not post the welcome card again). Local mode only; it lives beside the
 * SQLite file, so a fresh data folder is a fresh playground.
 */
const entrySchema = z.object({
  id: z.string(),
  tenant: z.enum(['rsc', 'no-rsc']),
  where: z.enum(['channel', 'personal']),
  owner: z.enum(['leader', 'member']).nullable(),
  unseen: z.boolean().optional(),
  thread: z.string().nullable(),
  from: z.enum(['user', 'bot']),
  name: z.string(),
  text: z.string().optional(),
  card: z.unknown().optional(),
  updated: z.boolean().optional(),
  /** Edited or deleted by its author (a user message), as Teams marks it. */
  edited: z.boolean().optional(),
  deleted: z.boolean().optional(),
  /** A user's line the bot never got (the call was lost): shown to its author with «Prøv igjen». */
  failed: z.boolean().optional(),
  /**
   * A user's line kept here with an identity number masked: in Teams it still stands as typed, for
   * everyone, until its author deletes it (only the sending page holds it as typed, in sessionStorage).
   */
  masked: z.boolean().optional(),
  rev: z.number().int().nonnegative().optional(),
  at: z.string().optional(),
});
export type SavedEntry = z.infer<typeof entrySchema>;

const stateSchema = z.object({
  offsetMs: z.number().nonnegative().default(0),
  installed: z.array(z.enum(['rsc', 'no-rsc'])).default([]),
  personal: z
    .array(
      z.object({ conversationId: z.string(), who: z.enum(['leader', 'member']), tenant: z.enum(['rsc', 'no-rsc']) }),
    )
    .default([]),
  entries: z.array(entrySchema).default([]),
  /** Test users who left a demo team with «Forlat teamet» (Teams: membersRemoved), until they join again. */
  left: z.array(z.object({ tenant: z.enum(['rsc', 'no-rsc']), who: z.enum(['leader', 'member']) })).default([]),
});
export type SavedState = z.infer<typeof stateSchema>;

/** A long month in the playground is a few thousand messages; older ones scroll off, as a very long Teams channel loads lazily. */
const KEEP_ENTRIES = 3_000;

export function playgroundStatePath(db: DatabaseTarget): string | null {
  if (db.kind !== 'sqlite' || db.path === ':memory:') return null;
  return `${db.path}.playground.json`;
}

/** The saved state, or null when there is none or it cannot be read (then the playground starts empty, as before). */
export function loadPlaygroundState(path: string | null): SavedState | null {
  if (!path) return null;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return null; // no file yet: a first start
  }
  try {
    const parsed = stateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // a torn or hand-edited file: start empty rather than not at all
  }
}

/** Written whole to a temporary file and renamed, so a kill mid-write leaves the previous state. */
export function savePlaygroundState(path: string, state: SavedState): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify({ ...state, entries: state.entries.slice(-KEEP_ENTRIES) }));
  renameSync(tmp, path);
}

/** The local clock, moved as far as the last run had moved it. */
export function playgroundClock(db: DatabaseTarget): ShiftableClock {
  return new ShiftableClock(systemClock, loadPlaygroundState(playgroundStatePath(db))?.offsetMs ?? 0);
}
