import type { ExceptionInput, MeetingExceptionRepository } from '../../meetings/occurrences.ts';
import type { Person } from '../../networks/network.ts';
import { PgRepository } from './database.ts';
import * as row from '../rows/meeting-exceptions.ts';

export class PgMeetingExceptions extends PgRepository implements MeetingExceptionRepository {
  async list(tenantId: string, networkId: string) {
    const rows = await this.sql.all<row.ExceptionRow>(row.LIST_EXCEPTIONS, tenantId, networkId);
    return rows.map(row.toException);
  }

  /** One upsert reads and bumps the revision under the row's lock: concurrent changes each get their own. */
  async set(tenantId: string, networkId: string, e: ExceptionInput, by: Person, now: Date) {
    const { revision } = (await this.sql.get<{ revision: number }>(
      `INSERT INTO meeting_exceptions (tenant_id, network_id, date, kind, to_date, start_time, end_time, reason, holiday, revision, set_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
       ON CONFLICT (tenant_id, network_id, date) DO UPDATE SET kind = excluded.kind, to_date = excluded.to_date, start_time = excluded.start_time,
         end_time = excluded.end_time, reason = excluded.reason, holiday = excluded.holiday, revision = meeting_exceptions.revision + 1,
         set_by = excluded.set_by, updated_at = excluded.updated_at
       RETURNING revision`,
      ...row.exceptionValues(tenantId, networkId, e),
      JSON.stringify(by),
      now.toISOString(),
    ))!;
    return { ...e, revision };
  }

  async remove(tenantId: string, networkId: string, date: string) {
    await this.sql.run(row.REMOVE_EXCEPTION, tenantId, networkId, date);
  }

  async moveProposals(tenantId: string, networkId: string, from: string, to: string) {
    return this.sql.run(row.MOVE_PROPOSALS, to, tenantId, networkId, from);
  }

  async setMeetingAgenda(tenantId: string, networkId: string, meetingId: string, agenda: unknown) {
    await this.sql.run(row.SET_RUNNING_AGENDA, JSON.stringify(agenda), tenantId, networkId, meetingId);
  }
}
