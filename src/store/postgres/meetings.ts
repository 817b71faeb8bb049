import { z } from 'zod';
import type { Person } from '../../networks/network.ts';
import { MeetingAlreadyRunning } from '../../meetings/repository.ts';
import type { AgendaProposal, MeetingRecord, MeetingRepository, MessageRef } from '../../meetings/repository.ts';
import { lockFor, PgRepository } from './database.ts';
import { idNumber } from './ids.ts';
import * as row from '../rows/meetings.ts';

const UNIQUE_VIOLATION = '23505';
const ENDED = `SELECT * FROM meetings WHERE tenant_id = ? AND network_id = ? AND status = 'ended'
  ORDER BY date DESC, ended_at DESC NULLS LAST LIMIT ?`;
/** An ended meeting runs again (N18); the partial unique index refuses it while another runs. */
const REOPEN = `UPDATE meetings SET status = 'running', ended_at = NULL WHERE tenant_id = ? AND network_id = ? AND id = ? AND status = 'ended'`;

export class PgMeetings extends PgRepository implements MeetingRepository {
  async getSeries(tenantId: string, networkId: string) {
    const r = await this.sql.get<{ series: string; agenda: string; updated_at: string }>(
      row.GET_SERIES,
      tenantId,
      networkId,
    );
    return r ? row.toSeries(r) : null;
  }

  async saveSeries(tenantId: string, networkId: string, series: unknown, agenda: unknown, by: Person, now: Date) {
    await this.sql.run(row.SAVE_SERIES, ...row.seriesValues(tenantId, networkId, series, agenda, by, now));
  }

  async start(m: Parameters<MeetingRepository['start']>[0]): Promise<MeetingRecord> {
    try {
      return await this.insertWithId('meetings', 'M', row.toMeeting, m, (sql, id) =>
        sql.run(row.INSERT_MEETING, ...row.meetingValues(id, m)),
      );
    } catch (err) {
      // The partial unique index allows one running meeting per network, across every instance.
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new MeetingAlreadyRunning();
      throw err;
    }
  }

  async running(tenantId: string, networkId: string) {
    const r = await this.sql.get<row.MeetingRow>(row.RUNNING, tenantId, networkId);
    return r ? row.toMeeting(r) : null;
  }

  async get(tenantId: string, networkId: string, id: string) {
    return this.byId('meetings', row.toMeeting, tenantId, networkId, id);
  }

  async ended(tenantId: string, networkId: string, limit: number) {
    return (await this.sql.all<row.MeetingRow>(ENDED, tenantId, networkId, limit)).map(row.toMeeting);
  }

  async byDate(tenantId: string, networkId: string, date: string) {
    const r = await this.sql.get<row.MeetingRow>(row.BY_DATE, tenantId, networkId, date);
    return r ? row.toMeeting(r) : null;
  }

  async end(tenantId: string, networkId: string, id: string, now: Date) {
    await this.sql.run(row.END, now.toISOString(), tenantId, networkId, id);
  }

  async reopen(tenantId: string, networkId: string, id: string) {
    try {
      return (await this.sql.run(REOPEN, tenantId, networkId, id)) === 1;
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new MeetingAlreadyRunning();
      throw err;
    }
  }

  async setCardRef(tenantId: string, networkId: string, id: string, ref: MessageRef) {
    await this.sql.run(row.setRef('card_ref'), JSON.stringify(ref), tenantId, networkId, id);
  }

  async setMinutesRef(tenantId: string, networkId: string, id: string, ref: MessageRef) {
    await this.sql.run(row.setRef('minutes_ref'), JSON.stringify(ref), tenantId, networkId, id);
  }

  async approve(tenantId: string, networkId: string, id: string, by: Person, inMeeting: string, now: Date) {
    await this.sql.run(row.APPROVE, now.toISOString(), JSON.stringify(by), inMeeting, tenantId, networkId, id);
  }

  async unapprove(tenantId: string, networkId: string, id: string, inMeeting: string) {
    await this.sql.run(row.UNAPPROVE, tenantId, networkId, id, inMeeting);
  }

  async nextEntryId(tenantId: string, networkId: string): Promise<string> {
    const { last } = (await this.sql.get<{ last: number }>(row.NEXT_ENTRY_ID, tenantId, networkId))!;
    return `e-${last}`;
  }

  async append(tenantId: string, networkId: string, meetingId: string, entry: unknown): Promise<number> {
    return this.tx(async (sql) => {
      // Two instances appending to one meeting take turns, so each gets its own seq in order.
      await lockFor(sql, 'meeting_entries', tenantId, networkId, meetingId);
      const { n } = (await sql.get<{ n: number }>(row.NEXT_SEQ, tenantId, networkId, meetingId))!;
      await sql.run(row.INSERT_ENTRY, tenantId, networkId, meetingId, n, JSON.stringify(entry));
      return n;
    });
  }

  async entries(tenantId: string, networkId: string, meetingId: string): Promise<unknown[]> {
    const rows = await this.sql.all<{ entry: string }>(row.ENTRIES, tenantId, networkId, meetingId);
    return rows.map((r) => JSON.parse(r.entry));
  }

  async entriesAfter(tenantId: string, networkId: string, meetingId: string, afterSeq: number) {
    const key = [tenantId, networkId, meetingId];
    type Row = Parameters<typeof row.toEntriesAfter>[0][number];
    return row.toEntriesAfter(await this.sql.all<Row>(row.ENTRIES_AFTER, ...key, ...key, afterSeq));
  }

  async noteUnmentioned(tenantId: string, networkId: string, now: Date) {
    await this.sql.run(row.NOTE_UNMENTIONED, tenantId, networkId, now.toISOString());
  }

  async unmentionedSeen(tenantId: string, networkId: string) {
    return !!(await this.sql.get(row.UNMENTIONED_SEEN, tenantId, networkId));
  }

  async markHint(tenantId: string, networkId: string, meetingId: string, hint: string, now: Date) {
    const n = await this.sql.run(row.MARK_HINT, tenantId, networkId, meetingId, hint, now.toISOString());
    return n > 0;
  }

  async municipalities(tenantId: string, networkId: string) {
    const r = await this.sql.get<{ names: string }>(row.MUNICIPALITIES, tenantId, networkId);
    return r ? z.array(z.string()).parse(JSON.parse(r.names)) : [];
  }

  async setMunicipalities(tenantId: string, networkId: string, names: string[], by: Person, now: Date) {
    await this.sql.run(row.SET_MUNICIPALITIES, ...row.municipalityValues(tenantId, networkId, names, by, now));
  }

  async propose(p: Omit<AgendaProposal, 'id' | 'status' | 'decidedBy'>): Promise<AgendaProposal> {
    return this.insertWithId('agenda_proposals', 'P', row.toProposal, p, (sql, id) =>
      sql.run(row.INSERT_PROPOSAL, ...row.proposalValues(id, p)),
    );
  }

  async proposals(tenantId: string, networkId: string, meetingDate: string) {
    const rows = await this.sql.all<row.ProposalRow>(
      `SELECT * FROM agenda_proposals WHERE tenant_id = ? AND network_id = ? AND meeting_date = ? ORDER BY ${idNumber()}`,
      tenantId,
      networkId,
      meetingDate,
    );
    return rows.map(row.toProposal);
  }

  async decideProposal(tenantId: string, networkId: string, id: string, status: 'accepted' | 'declined', by: Person) {
    await this.sql.run(row.DECIDE_PROPOSAL, status, JSON.stringify(by), tenantId, networkId, id);
    const r = await this.sql.get<row.ProposalRow>(row.PROPOSAL, tenantId, networkId, id);
    return r ? row.toProposal(r) : null;
  }
}
