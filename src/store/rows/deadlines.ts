/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import { z } from 'zod';
import {
  DEADLINE_KINDS,
  type Deadline,
  type DeadlineEdit,
  type DeadlineRepository,
  type NewDeadline,
} from '../../deadlines/deadline.ts';
import type { Person } from '../../networks/network.ts';
import { personSchema } from '../../networks/schemas.ts';
import { keyOf, type KeyRow } from './key.ts';

export interface DeadlineRow extends KeyRow {
  title: string;
  kind: string;
  date: string;
  time: string;
  scope: 'network' | 'statsforvalter';
  statsforvalter: string | null;
  origin: string | null;
  source: string;
  checklist: string;
  checks: string;
  yearly: number;
  series_day: string | null;
  status: 'open' | 'done';
  done_by: string | null;
  done_at: string | null;
  created_by: string;
  created_at: string;
}

// `notApplicable` rides in the same JSON as the ticks (0060), so no column: one state per item, shared.
export const checksSchema = z.array(
  z.object({ item: z.string(), by: personSchema, at: z.string(), notApplicable: z.literal(true).optional() }),
);

export const toDeadline = (r: DeadlineRow): Deadline => ({
  ...keyOf(r),
  title: r.title,
  kind: z.enum(DEADLINE_KINDS).parse(r.kind),
  date: r.date,
  time: r.time,
  scope: r.scope,
  statsforvalter: r.statsforvalter,
  origin: r.origin,
  source: r.source,
  checklist: z.array(z.string()).parse(JSON.parse(r.checklist)),
  checks: checksSchema.parse(JSON.parse(r.checks ?? '[]')),
  yearly: r.yearly === 1,
  seriesDay: r.series_day ?? null,
  status: r.status,
  doneBy: r.done_by ? personSchema.parse(JSON.parse(r.done_by)) : null,
  doneAt: r.done_at,
  createdBy: personSchema.parse(JSON.parse(r.created_by)),
  createdAt: r.created_at,
});

/**
 * The stored `checks` after ticking (or unticking) `item`, or marking it «Gjelder ikke oss» (or taking that
 * back) with `notApplicable`; null when `on` asks for the state it already has. An item is one of the two
 * at most, so either replaces the other. Run between the locked read and the write, so two members
 * ticking at once both count.
 */
export function toggledChecks(
  stored: string,
  item: string,
  by: Person,
  now: Date,
  on?: boolean,
  notApplicable = false,
): z.infer<typeof checksSchema> | null {
  const checks = checksSchema.parse(JSON.parse(stored));
  const has = checks.some((c) => c.item === item && (c.notApplicable ?? false) === notApplicable);
  if (on !== undefined && on === has) return null;
  const rest = checks.filter((c) => c.item !== item);
  const mark = notApplicable ? { notApplicable: true as const } : {};
  return has ? rest : [...rest, { item, by, at: now.toISOString(), ...mark }];
}

/** The arguments of `toggleCheck`, as both stores take them. */
export type ToggleCheckArgs = Parameters<DeadlineRepository['toggleCheck']>;

/** The same text in both dialects (`?` placeholders; PostgreSQL numbers them). */
export const INSERT_DEADLINE = `INSERT INTO deadlines (tenant_id, network_id, id, title, kind, date, time, scope, statsforvalter, origin, source, checklist, yearly, series_day, status, created_by, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`;

/** The values of INSERT_DEADLINE, in its order. */
export const insertValues = (id: string, d: NewDeadline) => [
  d.tenantId,
  d.networkId,
  id,
  d.title,
  d.kind,
  d.date,
  d.time,
  d.scope,
  d.statsforvalter,
  d.origin,
  d.source,
  JSON.stringify(d.checklist),
  d.yearly ? 1 : 0,
  // A yearly deadline's own day (N12): as given, else the day it is registered on.
  d.yearly ? (d.seriesDay ?? d.date.slice(5)) : null,
  JSON.stringify(d.createdBy),
  d.createdAt,
];

export const UPDATE_DEADLINE =
  'UPDATE deadlines SET title = ?, kind = ?, date = ?, source = ?, checklist = ?, yearly = ?, origin = ?, series_day = COALESCE(?, series_day), updated_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?';

/** The values of UPDATE_DEADLINE, in its order. */
export const updateValues = (tenantId: string, networkId: string, id: string, e: DeadlineEdit, now: Date) => {
  const edited = [e.title, e.kind, e.date, e.source, JSON.stringify(e.checklist), e.yearly ? 1 : 0, e.origin];
  // Without seriesDay a yearly deadline keeps its own day (N12): a date change moves this year only.
  edited.push(e.seriesDay ?? null);
  return [...edited, now.toISOString(), tenantId, networkId, id];
};

export const MARK_DONE = `UPDATE deadlines SET status = 'done', done_by = ?, done_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ? AND status = 'open'`;
/** «Angre levert» (month s15 #3): only while it is done, so a second click or instance changes nothing. */
// `IS NOT DISTINCT FROM` (both dialects): a delivery stored without its time (NULL) is still the one the caller
// saw, where `= ?` could never match it and left it delivered for good (review s16 #6).
export const REOPEN = `UPDATE deadlines SET status = 'open', done_by = NULL, done_at = NULL WHERE tenant_id = ? AND network_id = ? AND id = ? AND status = 'done' AND done_at IS NOT DISTINCT FROM ?`;

/** Statements whose text is the same in both dialects (`?` placeholders; PostgreSQL numbers them). */
export const BY_ORIGIN =
  'SELECT * FROM deadlines WHERE tenant_id = ? AND network_id = ? AND origin = ? ORDER BY date DESC LIMIT 1';
export const LATER_FROM_ORIGIN =
  'SELECT 1 FROM deadlines WHERE tenant_id = ? AND network_id = ? AND origin = ? AND date >= ? LIMIT 1';
