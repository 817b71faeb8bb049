/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import { exceptionSchema, type ExceptionInput, type MeetingException } from '../../meetings/occurrences.ts';

export interface ExceptionRow {
  date: string;
  kind: string;
  to_date: string | null;
  start_time: string | null;
  end_time: string | null;
  reason: string | null;
  holiday: number;
  revision: number;
}

export const toException = (r: ExceptionRow): MeetingException =>
  exceptionSchema.parse({
    date: r.date,
    kind: r.kind,
    to: r.to_date,
    start: r.start_time,
    end: r.end_time,
    reason: r.reason,
    holiday: r.holiday === 1,
    revision: r.revision,
  });

/**
 * The first values of both dialects' upsert of an exception, in its order (tenant, network, date, kind,
 * to, start, end, reason, holiday); each dialect adds the revision it keeps, who set it and when.
 */
export const exceptionValues = (tenantId: string, networkId: string, e: ExceptionInput) => [
  ...[tenantId, networkId, e.date, e.kind, e.to],
  ...[e.start, e.end, e.reason, e.holiday ? 1 : 0],
];

/** Statements whose text is the same in both dialects (`?` placeholders; PostgreSQL numbers them). */
export const LIST_EXCEPTIONS = 'SELECT * FROM meeting_exceptions WHERE tenant_id = ? AND network_id = ? ORDER BY date';
export const REMOVE_EXCEPTION = 'DELETE FROM meeting_exceptions WHERE tenant_id = ? AND network_id = ? AND date = ?';
export const MOVE_PROPOSALS =
  'UPDATE agenda_proposals SET meeting_date = ? WHERE tenant_id = ? AND network_id = ? AND meeting_date = ?';
export const SET_RUNNING_AGENDA = `UPDATE meetings SET agenda = ? WHERE tenant_id = ? AND network_id = ? AND id = ? AND status = 'running'`;
