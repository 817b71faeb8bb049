import { z } from 'zod';
import type { Person } from '../../networks/network.ts';
import { MeetingAlreadyRunning } from '../../meetings/repository.ts';
import type { AgendaProposal, MeetingRecord, MeetingRepository, MessageRef } from '../../meetings/repository.ts';
import { SqliteRepository } from './database.ts';
import * as row from '../rows/meetings.ts';

/** An ended meeting runs again (N18); the partial unique index refuses it while another runs. */
const REOPEN = `UPDATE meetings SET status = 'running', ended_at = NULL WHERE tenant_id = ? AND network_id = ? AND id = ? AND status = 'ended'`;

export class SqliteMeetings extends SqliteRepository implements MeetingRepository {
  #get<R>(sql: string, ...args: (string | number | null)[]) {
    return this.db.prepare(sql).get(...args) as R | undefined;
  }

  #run(sql: string, ...args: (string | number | null)[]) {
    return this.db.prepare(sql).run(...args);
  }

  async getSeries(tenantId: string, networkId: string) {
    const r = this.#get<{ series: string; agenda: string; updated_at: string }>(row.GET_SERIES, tenantId, networkId);
    return r ? row.toSeries(r) : null;
  }

  async saveSeries(tenantId: string, networkId: string, series: unknown, agenda: unknown, by: Person, now: Date) {
    this.#run(row.SAVE_SERIES, ...row.seriesValues(tenantId, networkId, series, agenda, by, now));
  }

  async start(m: Parameters<MeetingRepository['start']>[0]): Promise<MeetingRecord> {
    try {
      return this.insertWithId('meetings', 'M', row.toMeeting, m, (id) => {
        this.#run(row.INSERT_MEETING, ...row.meetingValues(id, m));
      });
    } catch (err) {
      // The partial unique index allows one running meeting per network.
      if (/UNIQUE/i.test((err as Error).message)) throw new MeetingAlreadyRunning();
      throw err;
    }
  }

  async running(tenantId: string, networkId: string) {
    const r = this.#get<row.MeetingRow>(row.RUNNING, tenantId, networkId);
    return r ? row.toMeeting(r) : null;
  }

  async get(tenantId: string, networkId: string, id: string) {
    return this.byId('meetings', row.toMeeting, tenantId, networkId, id);
  }

  async ended(tenantId: string, networkId: string, limit: number) {
    const rows = this.db
      .prepare(
        `SELECT * FROM meetings WHERE tenant_id = ? AND network_id = ? AND status = 'ended' ORDER BY date DESC, ended_at DESC LIMIT ?`,
      )
      .all(tenantId, networkId, limit) as unknown as row.MeetingRow[];
    return rows.map(row.toMeeting);
  }

  async byDate(tenantId: string, networkId: string, date: string) {
    const r = this.#get<row.MeetingRow>(row.BY_DATE, tenantId, networkId, date);
    return r ? row.toMeeting(r) : null;
  }

  async end(tenantId: string, networkId: string, id: string, now: Date) {
    this.#run(row.END, now.toISOString(), tenantId, networkId, id);
  }

  async reopen(tenantId: string, networkId: string, id: string) {
    try {
      return Number(this.#run(REOPEN, tenantId, networkId, id).changes) === 1;
    } catch (err) {
      if (/UNIQUE/i.test((err as Error).message)) throw new MeetingAlreadyRunning();
      throw err;
    }
  }

  async setCardRef(tenantId: string, networkId: string, id: string, ref: MessageRef) {
    this.#run(row.setRef('card_ref'), JSON.stringify(ref), tenantId, networkId, id);
  }

  async setMinutesRef(tenantId: string, networkId: string, id: string, ref: MessageRef) {
    this.#run(row.setRef('minutes_ref'), JSON.stringify(ref), tenantId, networkId, id);
  }

  async approve(tenantId: string, networkId: string, id: string, by: Person, inMeeting: string, now: Date) {
    this.#run(row.APPROVE, now.toISOString(), JSON.stringify(by), inMeeting, tenantId, networkId, id);
  }

  async unapprove(tenantId: string, networkId: string, id: string, inMeeting: string) {
    this.#run(row.UNAPPROVE, tenantId, networkId, id, inMeeting);
  }

  async nextEntryId(tenantId: string, networkId: string): Promise<string> {
    // Entry ids used to be made in process memory (time + counter) and could repeat; the sequence
    // row makes them unique per network, and the 'e-' form never meets one of the old ids.
    const { last } = this.#get<{ last: number }>(row.NEXT_ENTRY_ID, tenantId, networkId)!;
    return `e-${last}`;
  }

  async append(tenantId: string, networkId: string, meetingId: string, entry: unknown): Promise<number> {
    return this.tx(() => {
      const { n } = this.#get<{ n: number }>(row.NEXT_SEQ, tenantId, networkId, meetingId)!;
      this.#run(row.INSERT_ENTRY, tenantId, networkId, meetingId, n, JSON.stringify(entry));
      return n;
    });
  }

  async entries(tenantId: string, networkId: string, meetingId: string): Promise<unknown[]> {
    const rows = this.db.prepare(row.ENTRIES).all(tenantId, networkId, meetingId) as { entry: string }[];
    return rows.map((r) => JSON.parse(r.entry));
  }

  async entriesAfter(tenantId: string, networkId: string, meetingId: string, afterSeq: number) {
    const key = [tenantId, networkId, meetingId];
    const rows = this.db.prepare(row.ENTRIES_AFTER).all(...key, ...key, afterSeq);
    return row.toEntriesAfter(rows as Parameters<typeof row.toEntriesAfter>[0]);
  }

  async noteUnmentioned(tenantId: string, networkId: string, now: Date) {
    this.#run(row.NOTE_UNMENTIONED, tenantId, networkId, now.toISOString());
  }

  async unmentionedSeen(tenantId: string, networkId: string) {
    return !!this.#get(row.UNMENTIONED_SEEN, tenantId, networkId);
  }

  async markHint(tenantId: string, networkId: string, meetingId: string, hint: string, now: Date) {
    const r = this.#run(row.MARK_HINT, tenantId, networkId, meetingId, hint, now.toISOString());
    return Number(r.changes) > 0;
  }

  async municipalities(tenantId: string, networkId: string) {
    const r = this.#get<{ names: string }>(row.MUNICIPALITIES, tenantId, networkId);
    return r ? z.array(z.string()).parse(JSON.parse(r.names)) : [];
  }

  async setMunicipalities(tenantId: string, networkId: string, names: string[], by: Person, now: Date) {
    this.#run(row.SET_MUNICIPALITIES, ...row.municipalityValues(tenantId, networkId, names, by, now));
  }

  async propose(p: Omit<AgendaProposal, 'id' | 'status' | 'decidedBy'>): Promise<AgendaProposal> {
    return this.insertWithId('agenda_proposals', 'P', row.toProposal, p, (id) => {
      this.#run(row.INSERT_PROPOSAL, ...row.proposalValues(id, p));
    });
  }

  async proposals(tenantId: string, networkId: string, meetingDate: string) {
    const rows = this.db
      .prepare(
        'SELECT * FROM agenda_proposals WHERE tenant_id = ? AND network_id = ? AND meeting_date = ? ORDER BY CAST(substr(id, 2) AS INTEGER)',
      )
      .all(tenantId, networkId, meetingDate) as unknown as row.ProposalRow[];
    return rows.map(row.toProposal);
  }

  async decideProposal(tenantId: string, networkId: string, id: string, status: 'accepted' | 'declined', by: Person) {
    this.#run(row.DECIDE_PROPOSAL, status, JSON.stringify(by), tenantId, networkId, id);
    const r = this.#get<row.ProposalRow>(row.PROPOSAL, tenantId, networkId, id);
    return r ? row.toProposal(r) : null;
  }
}
