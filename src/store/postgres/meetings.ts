import type pg from 'pg';
import { z } from 'zod';
import type { Person } from '../../networks/network.ts';
import {
  MeetingAlreadyRunning,
  type AgendaProposal,
  type MeetingRecord,
  type MeetingRepository,
  type MessageRef,
} from '../../meetings/repository.ts';
import { lockFor, Sql, transaction } from './database.ts';
import { idNumber, nextId } from './ids.ts';
import { toMeeting, toProposal, type MeetingRow, type ProposalRow } from '../rows/meetings.ts';

const UNIQUE_VIOLATION = '23505';
/** An ended meeting runs again (N18); the partial unique index refuses it while another runs. */
const REOPEN = `UPDATE meetings SET status = 'running', ended_at = NULL WHERE tenant_id = ? AND network_id = ? AND id = ? AND status = 'ended'`;

export class PgMeetings implements MeetingRepository {
  #pool: pg.Pool;
  #sql: Sql;
  constructor(pool: pg.Pool) {
    this.#pool = pool;
    this.#sql = new Sql(pool);
  }

  async getSeries(tenantId: string, networkId: string) {
    const r = await this.#sql.get<{ series: string; agenda: string; updated_at: string }>(
      'SELECT series, agenda, updated_at FROM meeting_series WHERE tenant_id = ? AND network_id = ?',
      tenantId,
      networkId,
    );
    return r ? { series: JSON.parse(r.series), agenda: JSON.parse(r.agenda), updatedAt: r.updated_at } : null;
  }

  async saveSeries(tenantId: string, networkId: string, series: unknown, agenda: unknown, by: Person, now: Date) {
    await this.#sql.run(
      `INSERT INTO meeting_series (tenant_id, network_id, series, agenda, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (tenant_id, network_id) DO UPDATE SET series = excluded.series, agenda = excluded.agenda,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      tenantId,
      networkId,
      JSON.stringify(series),
      JSON.stringify(agenda),
      now.toISOString(),
      JSON.stringify(by),
    );
  }

  async start(m: Parameters<MeetingRepository['start']>[0]): Promise<MeetingRecord> {
    let id: string;
    try {
      id = await transaction(this.#pool, async (sql) => {
        const id = await nextId(sql, 'meetings', 'M', m.tenantId, m.networkId);
        await sql.run(
          `INSERT INTO meetings (tenant_id, network_id, id, date, title, status, agenda, thread, started_by, started_at)
           VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?, ?)`,
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
        return id;
      });
    } catch (err) {
      // The partial unique index allows one running meeting per network, across every instance.
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new MeetingAlreadyRunning();
      throw err;
    }
    return (await this.get(m.tenantId, m.networkId, id))!;
  }

  async running(tenantId: string, networkId: string) {
    const r = await this.#sql.get<MeetingRow>(
      `SELECT * FROM meetings WHERE tenant_id = ? AND network_id = ? AND status = 'running'`,
      tenantId,
      networkId,
    );
    return r ? toMeeting(r) : null;
  }

  async get(tenantId: string, networkId: string, id: string) {
    const r = await this.#sql.get<MeetingRow>(
      'SELECT * FROM meetings WHERE tenant_id = ? AND network_id = ? AND upper(id) = upper(?)',
      tenantId,
      networkId,
      id,
    );
    return r ? toMeeting(r) : null;
  }

  async ended(tenantId: string, networkId: string, limit: number) {
    const rows = await this.#sql.all<MeetingRow>(
      `SELECT * FROM meetings WHERE tenant_id = ? AND network_id = ? AND status = 'ended' ORDER BY date DESC, ended_at DESC NULLS LAST LIMIT ?`,
      tenantId,
      networkId,
      limit,
    );
    return rows.map(toMeeting);
  }

  async byDate(tenantId: string, networkId: string, date: string) {
    const r = await this.#sql.get<MeetingRow>(
      `SELECT * FROM meetings WHERE tenant_id = ? AND network_id = ? AND date = ? ORDER BY started_at DESC LIMIT 1`,
      tenantId,
      networkId,
      date,
    );
    return r ? toMeeting(r) : null;
  }

  async end(tenantId: string, networkId: string, id: string, now: Date) {
    await this.#sql.run(
      `UPDATE meetings SET status = 'ended', ended_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?`,
      now.toISOString(),
      tenantId,
      networkId,
      id,
    );
  }

  async reopen(tenantId: string, networkId: string, id: string) {
    try {
      return (await this.#sql.run(REOPEN, tenantId, networkId, id)) === 1;
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new MeetingAlreadyRunning();
      throw err;
    }
  }

  async #setRef(col: 'card_ref' | 'minutes_ref', tenantId: string, networkId: string, id: string, ref: MessageRef) {
    await this.#sql.run(
      `UPDATE meetings SET ${col} = ? WHERE tenant_id = ? AND network_id = ? AND id = ?`,
      JSON.stringify(ref),
      tenantId,
      networkId,
      id,
    );
  }

  async setCardRef(tenantId: string, networkId: string, id: string, ref: MessageRef) {
    await this.#setRef('card_ref', tenantId, networkId, id, ref);
  }

  async setMinutesRef(tenantId: string, networkId: string, id: string, ref: MessageRef) {
    await this.#setRef('minutes_ref', tenantId, networkId, id, ref);
  }

  async approve(tenantId: string, networkId: string, id: string, by: Person, inMeeting: string, now: Date) {
    await this.#sql.run(
      'UPDATE meetings SET approved_at = ?, approved_by = ?, approved_in = ? WHERE tenant_id = ? AND network_id = ? AND id = ?',
      now.toISOString(),
      JSON.stringify(by),
      inMeeting,
      tenantId,
      networkId,
      id,
    );
  }

  async unapprove(tenantId: string, networkId: string, id: string, inMeeting: string) {
    await this.#sql.run(
      'UPDATE meetings SET approved_at = NULL, approved_by = NULL, approved_in = NULL WHERE tenant_id = ? AND network_id = ? AND id = ? AND approved_in = ?',
      tenantId,
      networkId,
      id,
      inMeeting,
    );
  }

  async nextEntryId(tenantId: string, networkId: string): Promise<string> {
    const { last } = (await this.#sql.get<{ last: number }>(
      `INSERT INTO id_sequences (tenant_id, network_id, prefix, last) VALUES (?, ?, 'e', 1)
       ON CONFLICT (tenant_id, network_id, prefix) DO UPDATE SET last = id_sequences.last + 1 RETURNING last`,
      tenantId,
      networkId,
    ))!;
    return `e-${last}`;
  }

  async append(tenantId: string, networkId: string, meetingId: string, entry: unknown): Promise<number> {
    return transaction(this.#pool, async (sql) => {
      // Two instances appending to one meeting take turns, so each gets its own seq in order.
      await lockFor(sql, 'meeting_entries', tenantId, networkId, meetingId);
      const { n } = (await sql.get<{ n: number }>(
        'SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM meeting_entries WHERE tenant_id = ? AND network_id = ? AND meeting_id = ?',
        tenantId,
        networkId,
        meetingId,
      ))!;
      await sql.run(
        'INSERT INTO meeting_entries (tenant_id, network_id, meeting_id, seq, entry) VALUES (?, ?, ?, ?, ?)',
        tenantId,
        networkId,
        meetingId,
        n,
        JSON.stringify(entry),
      );
      return n;
    });
  }

  async entries(tenantId: string, networkId: string, meetingId: string): Promise<unknown[]> {
    const rows = await this.#sql.all<{ entry: string }>(
      'SELECT entry FROM meeting_entries WHERE tenant_id = ? AND network_id = ? AND meeting_id = ? ORDER BY seq',
      tenantId,
      networkId,
      meetingId,
    );
    return rows.map((r) => JSON.parse(r.entry));
  }

  async entriesAfter(tenantId: string, networkId: string, meetingId: string, afterSeq: number) {
    // One statement, one snapshot: the count and the new rows agree even while another instance appends.
    const rows = await this.#sql.all<{ total: number | string; seq: number | string | null; entry: string | null }>(
      `SELECT c.total, e.seq, e.entry FROM
         (SELECT COUNT(*) AS total FROM meeting_entries WHERE tenant_id = ? AND network_id = ? AND meeting_id = ?) c
       LEFT JOIN meeting_entries e ON e.tenant_id = ? AND e.network_id = ? AND e.meeting_id = ? AND e.seq > ?
       ORDER BY e.seq`,
      tenantId,
      networkId,
      meetingId,
      tenantId,
      networkId,
      meetingId,
      afterSeq,
    );
    return {
      total: Number(rows[0]?.total ?? 0),
      entries: rows.filter((r) => r.seq !== null).map((r) => ({ seq: Number(r.seq), entry: JSON.parse(r.entry!) })),
    };
  }

  async noteUnmentioned(tenantId: string, networkId: string, now: Date) {
    await this.#sql.run(
      'INSERT INTO network_unmentioned_seen (tenant_id, network_id, first_seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      tenantId,
      networkId,
      now.toISOString(),
    );
  }

  async unmentionedSeen(tenantId: string, networkId: string) {
    return !!(await this.#sql.get(
      'SELECT 1 FROM network_unmentioned_seen WHERE tenant_id = ? AND network_id = ?',
      tenantId,
      networkId,
    ));
  }

  async markHint(tenantId: string, networkId: string, meetingId: string, hint: string, now: Date) {
    const n = await this.#sql.run(
      'INSERT INTO meeting_hints (tenant_id, network_id, meeting_id, hint, given_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      tenantId,
      networkId,
      meetingId,
      hint,
      now.toISOString(),
    );
    return n > 0;
  }

  async municipalities(tenantId: string, networkId: string) {
    const r = await this.#sql.get<{ names: string }>(
      'SELECT names FROM network_municipalities WHERE tenant_id = ? AND network_id = ?',
      tenantId,
      networkId,
    );
    return r ? z.array(z.string()).parse(JSON.parse(r.names)) : [];
  }

  async setMunicipalities(tenantId: string, networkId: string, names: string[], by: Person, now: Date) {
    await this.#sql.run(
      `INSERT INTO network_municipalities (tenant_id, network_id, names, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (tenant_id, network_id) DO UPDATE SET names = excluded.names, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      tenantId,
      networkId,
      JSON.stringify(names),
      now.toISOString(),
      JSON.stringify(by),
    );
  }

  async propose(p: Omit<AgendaProposal, 'id' | 'status' | 'decidedBy'>): Promise<AgendaProposal> {
    const id = await transaction(this.#pool, async (sql) => {
      const id = await nextId(sql, 'agenda_proposals', 'P', p.tenantId, p.networkId);
      await sql.run(
        `INSERT INTO agenda_proposals (tenant_id, network_id, id, meeting_date, text, proposed_by, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'proposed', ?)`,
        p.tenantId,
        p.networkId,
        id,
        p.meetingDate,
        p.text,
        JSON.stringify(p.proposedBy),
        p.createdAt,
      );
      return id;
    });
    return (await this.proposals(p.tenantId, p.networkId, p.meetingDate)).find((x) => x.id === id)!;
  }

  async proposals(tenantId: string, networkId: string, meetingDate: string) {
    const rows = await this.#sql.all<ProposalRow>(
      `SELECT * FROM agenda_proposals WHERE tenant_id = ? AND network_id = ? AND meeting_date = ? ORDER BY ${idNumber()}`,
      tenantId,
      networkId,
      meetingDate,
    );
    return rows.map(toProposal);
  }

  async decideProposal(tenantId: string, networkId: string, id: string, status: 'accepted' | 'declined', by: Person) {
    await this.#sql.run(
      'UPDATE agenda_proposals SET status = ?, decided_by = ? WHERE tenant_id = ? AND network_id = ? AND id = ?',
      status,
      JSON.stringify(by),
      tenantId,
      networkId,
      id,
    );
    const r = await this.#sql.get<ProposalRow>(
      'SELECT * FROM agenda_proposals WHERE tenant_id = ? AND network_id = ? AND id = ?',
      tenantId,
      networkId,
      id,
    );
    return r ? toProposal(r) : null;
  }
}
