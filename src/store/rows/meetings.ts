/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import { z } from 'zod';
import type { AgendaProposal, MeetingRecord, MeetingRepository } from '../../meetings/repository.ts';
import { personSchema } from '../../networks/schemas.ts';

export const refSchema = z.object({ conversationId: z.string(), activityId: z.string() });
export const threadSchema = z.object({ conversationId: z.string(), threadId: z.string().nullable() });
export const json = <T>(schema: z.ZodType<T>, v: string | null): T | null => (v ? schema.parse(JSON.parse(v)) : null);

export interface MeetingRow {
  tenant_id: string;
  network_id: string;
  id: string;
  date: string;
  title: string;
  status: 'running' | 'ended';
  agenda: string;
  thread: string | null;
  card_ref: string | null;
  minutes_ref: string | null;
  started_by: string;
  started_at: string;
  ended_at: string | null;
  approved_at: string | null;
  approved_by: string | null;
  approved_in: string | null;
}

export const toMeeting = (r: MeetingRow): MeetingRecord => ({
  tenantId: r.tenant_id,
  networkId: r.network_id,
  id: r.id,
  date: r.date,
  title: r.title,
  status: r.status,
  agenda: JSON.parse(r.agenda),
  thread: json(threadSchema, r.thread),
  cardRef: json(refSchema, r.card_ref),
  minutesRef: json(refSchema, r.minutes_ref),
  startedBy: personSchema.parse(JSON.parse(r.started_by)),
  startedAt: r.started_at,
  endedAt: r.ended_at,
  approvedAt: r.approved_at,
  approvedBy: json(personSchema, r.approved_by),
  approvedIn: r.approved_in,
});

export interface ProposalRow {
  tenant_id: string;
  network_id: string;
  id: string;
  meeting_date: string;
  text: string;
  proposed_by: string;
  status: AgendaProposal['status'];
  decided_by: string | null;
  created_at: string;
}

export const toProposal = (r: ProposalRow): AgendaProposal => ({
  tenantId: r.tenant_id,
  networkId: r.network_id,
  id: r.id,
  meetingDate: r.meeting_date,
  text: r.text,
  proposedBy: personSchema.parse(JSON.parse(r.proposed_by)),
  status: r.status,
  decidedBy: json(personSchema, r.decided_by),
  createdAt: r.created_at,
});

type StartArgs = Parameters<MeetingRepository['start']>[0];
type NewProposal = Omit<AgendaProposal, 'id' | 'status' | 'decidedBy'>;

/** Statements whose text is the same in both dialects (`?` placeholders; PostgreSQL numbers them). */
export const GET_SERIES =
  'SELECT series, agenda, updated_at FROM meeting_series WHERE tenant_id = ? AND network_id = ?';
export const SAVE_SERIES = `INSERT INTO meeting_series (tenant_id, network_id, series, agenda, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (tenant_id, network_id) DO UPDATE SET series = excluded.series, agenda = excluded.agenda,
    updated_at = excluded.updated_at, updated_by = excluded.updated_by`;
export const INSERT_MEETING = `INSERT INTO meetings (tenant_id, network_id, id, date, title, status, agenda, thread, started_by, started_at)
  VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?, ?)`;
export const RUNNING = `SELECT * FROM meetings WHERE tenant_id = ? AND network_id = ? AND status = 'running'`;
export const BY_DATE = `SELECT * FROM meetings WHERE tenant_id = ? AND network_id = ? AND date = ? ORDER BY started_at DESC LIMIT 1`;
export const END = `UPDATE meetings SET status = 'ended', ended_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?`;
export const setRef = (col: 'card_ref' | 'minutes_ref') =>
  `UPDATE meetings SET ${col} = ? WHERE tenant_id = ? AND network_id = ? AND id = ?`;
export const APPROVE =
  'UPDATE meetings SET approved_at = ?, approved_by = ?, approved_in = ? WHERE tenant_id = ? AND network_id = ? AND id = ?';
export const UNAPPROVE =
  'UPDATE meetings SET approved_at = NULL, approved_by = NULL, approved_in = NULL WHERE tenant_id = ? AND network_id = ? AND id = ? AND approved_in = ?';
export const NEXT_ENTRY_ID = `INSERT INTO id_sequences (tenant_id, network_id, prefix, last) VALUES (?, ?, 'e', 1)
  ON CONFLICT (tenant_id, network_id, prefix) DO UPDATE SET last = id_sequences.last + 1 RETURNING last`;
export const NEXT_SEQ =
  'SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM meeting_entries WHERE tenant_id = ? AND network_id = ? AND meeting_id = ?';
export const INSERT_ENTRY =
  'INSERT INTO meeting_entries (tenant_id, network_id, meeting_id, seq, entry) VALUES (?, ?, ?, ?, ?)';
export const ENTRIES =
  'SELECT entry FROM meeting_entries WHERE tenant_id = ? AND network_id = ? AND meeting_id = ? ORDER BY seq';
/** The log's count and the rows after a seq in one statement, so the two agree while another instance appends. */
export const ENTRIES_AFTER = `SELECT c.total, e.seq, e.entry FROM
    (SELECT COUNT(*) AS total FROM meeting_entries WHERE tenant_id = ? AND network_id = ? AND meeting_id = ?) c
  LEFT JOIN meeting_entries e ON e.tenant_id = ? AND e.network_id = ? AND e.meeting_id = ? AND e.seq > ?
  ORDER BY e.seq`;
export const NOTE_UNMENTIONED =
  'INSERT INTO network_unmentioned_seen (tenant_id, network_id, first_seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING';
export const UNMENTIONED_SEEN = 'SELECT 1 FROM network_unmentioned_seen WHERE tenant_id = ? AND network_id = ?';
export const MARK_HINT =
  'INSERT INTO meeting_hints (tenant_id, network_id, meeting_id, hint, given_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING';
export const MUNICIPALITIES = 'SELECT names FROM network_municipalities WHERE tenant_id = ? AND network_id = ?';
export const SET_MUNICIPALITIES = `INSERT INTO network_municipalities (tenant_id, network_id, names, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (tenant_id, network_id) DO UPDATE SET names = excluded.names, updated_at = excluded.updated_at, updated_by = excluded.updated_by`;
export const INSERT_PROPOSAL = `INSERT INTO agenda_proposals (tenant_id, network_id, id, meeting_date, text, proposed_by, status, created_at)
  VALUES (?, ?, ?, ?, ?, ?, 'proposed', ?)`;
export const DECIDE_PROPOSAL =
  'UPDATE agenda_proposals SET status = ?, decided_by = ? WHERE tenant_id = ? AND network_id = ? AND id = ?';
export const PROPOSAL = 'SELECT * FROM agenda_proposals WHERE tenant_id = ? AND network_id = ? AND id = ?';

/** The values of SAVE_SERIES, in its order. */
export const seriesValues = (
  ...[tenantId, networkId, series, agenda, by, now]: Parameters<MeetingRepository['saveSeries']>
) =>
  [tenantId, networkId, JSON.stringify(series), JSON.stringify(agenda)].concat([now.toISOString(), JSON.stringify(by)]);

/** The values of INSERT_MEETING, in its order. */
export const meetingValues = (id: string, m: StartArgs) => [
  ...[m.tenantId, m.networkId, id, m.date, m.title, JSON.stringify(m.agenda)],
  ...[m.thread ? JSON.stringify(m.thread) : null, JSON.stringify(m.startedBy), m.startedAt],
];

/** The values of INSERT_PROPOSAL, in its order. */
export const proposalValues = (id: string, p: NewProposal) =>
  [p.tenantId, p.networkId, id, p.meetingDate, p.text].concat([JSON.stringify(p.proposedBy), p.createdAt]);

/** The values of SET_MUNICIPALITIES, in its order. */
export const municipalityValues = (
  ...[tenantId, networkId, names, by, now]: Parameters<MeetingRepository['setMunicipalities']>
) => [tenantId, networkId, JSON.stringify(names)].concat([now.toISOString(), JSON.stringify(by)]);

/** A row of GET_SERIES as the repository returns it. */
export const toSeries = (r: { series: string; agenda: string; updated_at: string }) => ({
  series: JSON.parse(r.series) as unknown,
  agenda: JSON.parse(r.agenda) as unknown,
  updatedAt: r.updated_at,
});

/** The rows of ENTRIES_AFTER as the repository returns them. */
export const toEntriesAfter = (
  rows: { total: number | string; seq: number | string | null; entry: string | null }[],
) => ({
  total: Number(rows[0]?.total ?? 0),
  entries: rows
    .filter((r) => r.seq !== null)
    .map((r) => ({ seq: Number(r.seq), entry: JSON.parse(r.entry!) as unknown })),
});
