import type { ExceptionInput, MeetingExceptionRepository } from '../../meetings/occurrences.ts';
import type { Person } from '../../networks/network.ts';
import { SqliteRepository } from './database.ts';
import * as row from '../rows/meeting-exceptions.ts';

export class SqliteMeetingExceptions extends SqliteRepository implements MeetingExceptionRepository {
  async list(tenantId: string, networkId: string) {
    const rows = this.db.prepare(row.LIST_EXCEPTIONS).all(tenantId, networkId) as unknown as row.ExceptionRow[];
    return rows.map(row.toException);
  }

  async set(tenantId: string, networkId: string, e: ExceptionInput, by: Person, now: Date) {
    return this.tx(() => {
      const before = this.db
        .prepare('SELECT revision FROM meeting_exceptions WHERE tenant_id = ? AND network_id = ? AND date = ?')
        .get(tenantId, networkId, e.date) as { revision: number } | undefined;
      const revision = (before?.revision ?? 0) + 1;
      this.db
        .prepare(
          `INSERT INTO meeting_exceptions (tenant_id, network_id, date, kind, to_date, start_time, end_time, reason, holiday, revision, set_by, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (tenant_id, network_id, date) DO UPDATE SET kind = excluded.kind, to_date = excluded.to_date, start_time = excluded.start_time,
             end_time = excluded.end_time, reason = excluded.reason, holiday = excluded.holiday, revision = excluded.revision, set_by = excluded.set_by, updated_at = excluded.updated_at`,
        )
        .run(...row.exceptionValues(tenantId, networkId, e), revision, JSON.stringify(by), now.toISOString());
      return { ...e, revision };
    });
  }

  async remove(tenantId: string, networkId: string, date: string) {
    this.db.prepare(row.REMOVE_EXCEPTION).run(tenantId, networkId, date);
  }

  async moveProposals(tenantId: string, networkId: string, from: string, to: string) {
    const r = this.db.prepare(row.MOVE_PROPOSALS).run(to, tenantId, networkId, from);
    return Number(r.changes);
  }

  async setMeetingAgenda(tenantId: string, networkId: string, meetingId: string, agenda: unknown) {
    this.db.prepare(row.SET_RUNNING_AGENDA).run(JSON.stringify(agenda), tenantId, networkId, meetingId);
  }
}
