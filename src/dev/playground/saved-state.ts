import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { DatabaseTarget } from '../../config/env.ts';
import type { Logger } from '../../log.ts';
import { ShiftableClock, systemClock } from '../../time/clock.ts';
import { WHO_KEYS } from './demo.ts';

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
  owner: z.enum(WHO_KEYS).nullable(),
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
  /**
   * The card a click's answer put in place of this one, per person who clicked (month round 9, N7): in
   * Teams it stays for the clicker, also after a reload, until the bot updates the message for everyone.
   */
  views: z.partialRecord(z.enum(WHO_KEYS), z.unknown()).optional(),
});
export type SavedEntry = z.infer<typeof entrySchema>;

const stateSchema = z.object({
  offsetMs: z.number().nonnegative().default(0),
  installed: z.array(z.enum(['rsc', 'no-rsc'])).default([]),
  personal: z
    .array(z.object({ conversationId: z.string(), who: z.enum(WHO_KEYS), tenant: z.enum(['rsc', 'no-rsc']) }))
    .default([]),
  entries: z.array(entrySchema).default([]),
  /** Test users who left a demo team with «Forlat teamet» (Teams: membersRemoved), until they join again. */
  left: z.array(z.object({ tenant: z.enum(['rsc', 'no-rsc']), who: z.enum(WHO_KEYS) })).default([]),
});
export type SavedState = z.infer<typeof stateSchema>;

/** A long month in the playground is a few thousand messages; older ones scroll off, as a very long Teams channel loads lazily. */
const KEEP_ENTRIES = 3_000;
/**
 * At most this much is written: the newest entries that fit (a 4.7 MB file once stopped the next
 * start on the 192 MB heap). Ten times the feed's 300-entry window at a typical entry size.
 */
export const SAVE_MAX_BYTES = 3 * 1024 * 1024;
/** A file larger than this was not written by this code (or by an older one without the cap): it is not read. */
export const LOAD_MAX_BYTES = 4 * 1024 * 1024;

export function playgroundStatePath(db: DatabaseTarget): string | null {
  if (db.kind !== 'sqlite' || db.path === ':memory:') return null;
  return `${db.path}.playground.json`;
}

type SetAside = { reason: 'too-large' | 'unreadable' | 'invalid'; to: string; bytes: number };
/** Files set aside at this start and not yet reported: the clock reads the state before any logger is at hand. */
const notReported = new Map<string, SetAside>();

/** Moves a state file that must not be read again out of the way, kept for a look under a telling name. */
function setAside(path: string, reason: SetAside['reason'], bytes: number): void {
  const to = `${path}.${reason}-${systemClock.now().getTime()}`;
  try {
    renameSync(path, to);
    notReported.set(path, { reason, to, bytes });
  } catch {
    notReported.set(path, { reason, to: '', bytes });
  }
}

/**
 * The saved state, or null when there is none or it cannot be used: a file that is too large, torn
 * or of the wrong shape is set aside (renamed with a suffix saying why) and the playground starts
 * empty; a warning says so, without any of the file's text. Never throws.
 */
export function loadPlaygroundState(path: string | null, log?: Logger): SavedState | null {
  if (!path) return null;
  const state = readState(path);
  const aside = notReported.get(path);
  if (aside && log) {
    notReported.delete(path);
    log.warn(
      { reason: aside.reason, bytes: aside.bytes, setAsideAs: aside.to || null, maxBytes: LOAD_MAX_BYTES },
      'playground state set aside; the playground starts empty',
    );
  }
  return state;
}

function readState(path: string): SavedState | null {
  let bytes: number;
  try {
    bytes = statSync(path).size;
  } catch {
    return null; // no file yet: a first start
  }
  if (bytes > LOAD_MAX_BYTES) {
    setAside(path, 'too-large', bytes);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    setAside(path, 'unreadable', bytes); // a torn or hand-edited file: start empty rather than not at all
    return null;
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) {
    setAside(path, 'invalid', bytes);
    return null;
  }
  return parsed.data;
}

/**
 * Written whole to a temporary file and renamed, so a kill mid-write leaves the previous state; the
 * newest entries that fit under SAVE_MAX_BYTES, so the file cannot grow without bound.
 */
export function savePlaygroundState(path: string, state: SavedState): void {
  const { entries, ...rest } = state;
  const head = JSON.stringify(rest);
  const pieces: string[] = [];
  let bytes = Buffer.byteLength(head) + 16;
  for (let i = entries.length - 1; i >= 0 && pieces.length < KEEP_ENTRIES; i--) {
    const piece = JSON.stringify(entries[i]);
    bytes += Buffer.byteLength(piece) + 1;
    if (bytes > SAVE_MAX_BYTES) break;
    pieces.push(piece);
  }
  pieces.reverse();
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"entries":[${pieces.join(',')}]}`);
  renameSync(tmp, path);
}

/** The local clock, moved as far as the last run had moved it. */
export function playgroundClock(db: DatabaseTarget): ShiftableClock {
  return new ShiftableClock(systemClock, loadPlaygroundState(playgroundStatePath(db))?.offsetMs ?? 0);
}
