import { nextId } from './ids.ts';
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { Person } from '../../networks/network.ts';
import {
  MeetingAlreadyRunning,
  type AgendaProposal,
  type MeetingRecord,
  type MeetingRepository,
  type MessageRef,
} from '../../meetings/repository.ts';
import { transaction } from './database.ts';
import { toMeeting, toProposal, type MeetingRow, type ProposalRow } from '../rows/meetings.ts';

/** An ended meeting runs again (N18); the partial unique index refuses it while another runs. */
const REOPEN = `UPDATE meetings SET status = 'running', ended_at = NULL WHERE tenant_id = ? AND network_id = ? AND id = ? AND status = 'ended'`;

export class SqliteMeetings implements MeetingRepository {
  #db: DatabaseSync;
  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  async getSeries(tenantId: string, networkId: string) {
    const r = this.#db
      .prepare('SELECT series, agenda, updated_at FROM meeting_series WHERE tenant_id = ? AND network_id = ?')
      .get(tenantId, networkId) as { series: string; agenda: string; updated_at: string } | undefined;
    return r ? { series: JSON.parse(r.series), agenda: JSON.parse(r.agenda), updatedAt: r.updated_at } : null;
  }

  async saveSeries(tenantId: string, networkId: string, series: unknown, agenda: unknown, by: Person, now: Date) {
    this.#db
      .prepare(
        `INSERT INTO meeting_series (tenant_id, network_id, series, agenda, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, network_id) DO UPDATE SET series = excluded.series, agenda = excluded.agenda,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(tenantId, networkId, JSON.stringify(series), JSON.stringify(agenda), now.toISOString(), JSON.stringify(by));
  }

  async start(m: Parameters<MeetingRepository['start']>[0]): Promise<MeetingRecord> {
    const id = transaction(this.#db, () => {
      const id = nextId(this.#db, 'meetings', 'M', m.tenantId, m.networkId);
      try {
        this.#db
          .prepare(
            `INSERT INTO meetings (tenant_id, network_id, id, date, title, status, agenda, thread, started_by, started_at)
             VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?, ?)`,
          )
          .run(
            m.tenantId,
            m.networkId,
            id,
            m.date,
            m.title,
            JSON.stringify(m.agenda),
            m.thread ? JSON.stringify(m.thread) : null,
            JSON.stringify(m.startedBy),
            m.startedAt,
          );
      } catch (err) {
        if (/UNIQUE/i.test((err as Error).message)) throw new MeetingAlreadyRunning();
        throw err;
      }
      return id;
    });
    return (await this.get(m.tenantId, m.networkId, id))!;
  }

  async running(tenantId: string, networkId: string) {
    const r = this.#db
      .prepare(`SELECT * FROM meetings WHERE tenant_id = ? AND network_id = ? AND status = 'running'`)
      .get(tenantId, networkId) as MeetingRow | undefined;
    return r ? toMeeting(r) : null;
  }

  async get(tenantId: string, networkId: string, id: string) {
    const r = this.#db
      .prepare('SELECT * FROM meetings WHERE tenant_id = ? AND network_id = ? AND id = ? COLLATE NOCASE')
      .get(tenantId, networkId, id) as MeetingRow | undefined;
    return r ? toMeeting(r) : null;
  }

  async ended(tenantId: string, networkId: string, limit: number) {
    const rows = this.#db
      .prepare(
        `SELECT * FROM meetings WHERE tenant_id = ? AND network_id = ? AND status = 'ended' ORDER BY date DESC, ended_at DESC LIMIT ?`,
      )
      .all(tenantId, networkId, limit) as unknown as MeetingRow[];
    return rows.map(toMeeting);
  }

  async byDate(tenantId: string, networkId: string, date: string) {
    const r = this.#db
      .prepare(
        `SELECT * FROM meetings WHERE tenant_id = ? AND network_id = ? AND date = ? ORDER BY started_at DESC LIMIT 1`,
      )
      .get(tenantId, networkId, date) as MeetingRow | undefined;
    return r ? toMeeting(r) : null;
  }

  async end(tenantId: string, networkId: string, id: string, now: Date) {
    this.#db
      .prepare(`UPDATE meetings SET status = 'ended', ended_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?`)
      .run(now.toISOString(), tenantId, networkId, id);
  }

  async reopen(tenantId: string, networkId: string, id: string) {
    try {
      return Number(this.#db.prepare(REOPEN).run(tenantId, networkId, id).changes) === 1;
    } catch (err) {
      if (/UNIQUE/i.test((err as Error).message)) throw new MeetingAlreadyRunning();
      throw err;
    }
  }

  #setRef(col: 'card_ref' | 'minutes_ref', tenantId: string, networkId: string, id: string, ref: MessageRef) {
    this.#db
      .prepare(`UPDATE meetings SET ${col} = ? WHERE tenant_id = ? AND network_id = ? AND id = ?`)
      .run(JSON.stringify(ref), tenantId, networkId, id);
  }

  async setCardRef(tenantId: string, networkId: string, id: string, ref: MessageRef) {
    this.#setRef('card_ref', tenantId, networkId, id, ref);
  }

  async setMinutesRef(tenantId: string, networkId: string, id: string, ref: MessageRef) {
    this.#setRef('minutes_ref', tenantId, networkId, id, ref);
  }

  async approve(tenantId: string, networkId: string, id: string, by: Person, inMeeting: string, now: Date) {
    this.#db
      .prepare(
        'UPDATE meetings SET approved_at = ?, approved_by = ?, approved_in = ? WHERE tenant_id = ? AND network_id = ? AND id = ?',
      )
      .run(now.toISOString(), JSON.stringify(by), inMeeting, tenantId, networkId, id);
  }

  async unapprove(tenantId: string, networkId: string, id: string, inMeeting: string) {
    this.#db
      .prepare(
        'UPDATE meetings SET approved_at = NULL, approved_by = NULL, approved_in = NULL WHERE tenant_id = ? AND network_id = ? AND id = ? AND approved_in = ?',
      )
      .run(tenantId, networkId, id, inMeeting);
  }

  async nextEntryId(tenantId: string, networkId: string): Promise<string> {
    // Entry ids used to be made in process memory (time + counter) and could repeat; the sequence
    // row makes them unique per network, and the 'e-' form never meets one of the old ids.
    const { last } = this.#db
      .prepare(
        `INSERT INTO id_sequences (tenant_id, network_id, prefix, last) VALUES (?, ?, 'e', 1)
         ON CONFLICT (tenant_id, network_id, prefix) DO UPDATE SET last = id_sequences.last + 1 RETURNING last`,
      )
      .get(tenantId, networkId) as { last: number };
    return `e-${last}`;
  }

  async append(tenantId: string, networkId: string, meetingId: string, entry: unknown): Promise<number> {
    return transaction(this.#db, () => {
      const { n } = this.#db
        .prepare(
          'SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM meeting_entries WHERE tenant_id = ? AND network_id = ? AND meeting_id = ?',
        )
        .get(tenantId, networkId, meetingId) as { n: number };
      this.#db
        .prepare('INSERT INTO meeting_entries (tenant_id, network_id, meeting_id, seq, entry) VALUES (?, ?, ?, ?, ?)')
        .run(tenantId, networkId, meetingId, n, JSON.stringify(entry));
      return n;
    });
  }

  async entries(tenantId: string, networkId: string, meetingId: string): Promise<unknown[]> {
    const rows = this.#db
      .prepare(
        'SELECT entry FROM meeting_entries WHERE tenant_id = ? AND network_id = ? AND meeting_id = ? ORDER BY seq',
      )
      .all(tenantId, networkId, meetingId) as { entry: string }[];
    return rows.map((r) => JSON.parse(r.entry));
  }

  async entriesAfter(tenantId: string, networkId: string, meetingId: string, afterSeq: number) {
    const rows = this.#db
      .prepare(
        `SELECT c.total, e.seq, e.entry FROM
           (SELECT COUNT(*) AS total FROM meeting_entries WHERE tenant_id = ? AND network_id = ? AND meeting_id = ?) c
         LEFT JOIN meeting_entries e ON e.tenant_id = ? AND e.network_id = ? AND e.meeting_id = ? AND e.seq > ?
         ORDER BY e.seq`,
      )
      .all(tenantId, networkId, meetingId, tenantId, networkId, meetingId, afterSeq) as {
      total: number;
      seq: number | null;
      entry: string | null;
    }[];
    return {
      total: Number(rows[0]?.total ?? 0),
      entries: rows.filter((r) => r.seq !== null).map((r) => ({ seq: Number(r.seq), entry: JSON.parse(r.entry!) })),
    };
  }

  async noteUnmentioned(tenantId: string, networkId: string, now: Date) {
    this.#db
      .prepare(
        'INSERT INTO network_unmentioned_seen (tenant_id, network_id, first_seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      )
      .run(tenantId, networkId, now.toISOString());
  }

  async unmentionedSeen(tenantId: string, networkId: string) {
    return !!this.#db
      .prepare('SELECT 1 FROM network_unmentioned_seen WHERE tenant_id = ? AND network_id = ?')
      .get(tenantId, networkId);
  }

  async markHint(tenantId: string, networkId: string, meetingId: string, hint: string, now: Date) {
    const r = this.#db
      .prepare(
        'INSERT INTO meeting_hints (tenant_id, network_id, meeting_id, hint, given_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      )
      .run(tenantId, networkId, meetingId, hint, now.toISOString());
    return Number(r.changes) > 0;
  }

  async municipalities(tenantId: string, networkId: string) {
    const r = this.#db
      .prepare('SELECT names FROM network_municipalities WHERE tenant_id = ? AND network_id = ?')
      .get(tenantId, networkId) as { names: string } | undefined;
    return r ? z.array(z.string()).parse(JSON.parse(r.names)) : [];
  }

  async setMunicipalities(tenantId: string, networkId: string, names: string[], by: Person, now: Date) {
    this.#db
      .prepare(
        `INSERT INTO network_municipalities (tenant_id, network_id, names, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, network_id) DO UPDATE SET names = excluded.names, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(tenantId, networkId, JSON.stringify(names), now.toISOString(), JSON.stringify(by));
  }

  async propose(p: Omit<AgendaProposal, 'id' | 'status' | 'decidedBy'>): Promise<AgendaProposal> {
    const id = transaction(this.#db, () => {
      const id = nextId(this.#db, 'agenda_proposals', 'P', p.tenantId, p.networkId);
      this.#db
        .prepare(
          `INSERT INTO agenda_proposals (tenant_id, network_id, id, meeting_date, text, proposed_by, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'proposed', ?)`,
        )
        .run(p.tenantId, p.networkId, id, p.meetingDate, p.text, JSON.stringify(p.proposedBy), p.createdAt);
      return id;
    });
    return (await this.proposals(p.tenantId, p.networkId, p.meetingDate)).find((x) => x.id === id)!;
  }

  async proposals(tenantId: string, networkId: string, meetingDate: string) {
    const rows = this.#db
      .prepare(
        'SELECT * FROM agenda_proposals WHERE tenant_id = ? AND network_id = ? AND meeting_date = ? ORDER BY CAST(substr(id, 2) AS INTEGER)',
      )
      .all(tenantId, networkId, meetingDate) as unknown as ProposalRow[];
    return rows.map(toProposal);
  }

  async decideProposal(tenantId: string, networkId: string, id: string, status: 'accepted' | 'declined', by: Person) {
    this.#db
      .prepare(
        'UPDATE agenda_proposals SET status = ?, decided_by = ? WHERE tenant_id = ? AND network_id = ? AND id = ?',
      )
      .run(status, JSON.stringify(by), tenantId, networkId, id);
    const r = this.#db
      .prepare('SELECT * FROM agenda_proposals WHERE tenant_id = ? AND network_id = ? AND id = ?')
      .get(tenantId, networkId, id) as ProposalRow | undefined;
    return r ? toProposal(r) : null;
  }
}
