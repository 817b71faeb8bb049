import { randomUUID } from 'node:crypto';
import type { Escalation, Feedback, GuidelinesRepository, LocalAnswer } from '../../guidelines/repository.ts';
import { lockFor, PgRepository } from './database.ts';
import * as row from '../rows/guidelines.ts';
import { LOCAL_ANSWERS } from '../changes.ts';
import { CHANGES_CHANNEL, notify } from './notify.ts';

export class PgGuidelines extends PgRepository implements GuidelinesRepository {
  async recordFeedback(f: Feedback) {
    await this.sql.run(row.UPSERT_FEEDBACK, ...row.feedbackValues(f));
  }

  async feedbackCounts(tenantId: string, networkId: string) {
    const rows = await this.sql.all<{ entry_id: string; up: number; down: number }>(
      `SELECT entry_id, COUNT(*) FILTER (WHERE vote = 'up') AS up, COUNT(*) FILTER (WHERE vote = 'down') AS down FROM guideline_feedback
       WHERE tenant_id = ? AND network_id = ? GROUP BY entry_id ORDER BY entry_id`,
      tenantId,
      networkId,
    );
    return rows.map((r) => ({ entryId: r.entry_id, up: Number(r.up), down: Number(r.down) }));
  }

  async createEscalation(e: row.NewEscalation): Promise<Escalation> {
    const id = randomUUID().slice(0, 8);
    await this.sql.run(row.INSERT_ESCALATION, ...row.escalationValues(e, id));
    return row.created(e, id);
  }

  async createEscalationWithin(e: row.NewEscalation, max: number, inFlightSince: string): Promise<Escalation | null> {
    const id = randomUUID().slice(0, 8);
    // Under READ COMMITTED two transactions would both count four: one lock per person and network
    // makes the count and the insert one step across every instance.
    const inserted = await this.tx(async (sql) => {
      await lockFor(sql, 'escalations', e.tenantId, e.networkId, e.askedBy.id);
      return sql.run(
        `INSERT INTO guideline_escalations (tenant_id, network_id, id, question, asked_by, created_at)
         SELECT ?, ?, ?, ?, ?, ?
         WHERE (SELECT COUNT(*) FROM guideline_escalations WHERE tenant_id = ? AND network_id = ?
                AND (asked_by::json ->> 'id') = ? AND answered_at IS NULL
                AND (posted IS NOT NULL OR created_at >= ?)) < ?`,
        ...row.escalationWithinValues(e, id, max, inFlightSince),
      );
    });
    return inserted ? row.created(e, id) : null;
  }

  async setEscalationPosted(...[tenantId, networkId, id, posted]: row.PostedArgs) {
    await this.sql.run(row.SET_POSTED, JSON.stringify(posted), tenantId, networkId, id);
  }

  async findEscalation(tenantId: string, networkId: string, askedById: string, question: string) {
    const r = await this.sql.get<row.EscalationRow>(
      `SELECT * FROM guideline_escalations WHERE tenant_id = ? AND network_id = ? AND (asked_by::json ->> 'id') = ? AND question = ?
       ORDER BY created_at DESC LIMIT 1`,
      tenantId,
      networkId,
      askedById,
      question,
    );
    return r ? row.toEscalation(r) : null;
  }

  async getEscalation(tenantId: string, networkId: string, id: string) {
    const r = await this.sql.get<row.EscalationRow>(row.GET_ESCALATION, tenantId, networkId, id);
    return r ? row.toEscalation(r) : null;
  }

  async countOpenEscalations(tenantId: string, networkId: string, askedById: string) {
    const r = await this.sql.get<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM guideline_escalations WHERE tenant_id = ? AND network_id = ?
       AND (asked_by::json ->> 'id') = ? AND posted IS NOT NULL AND answered_at IS NULL`,
      tenantId,
      networkId,
      askedById,
    );
    return Number(r?.n ?? 0);
  }

  async saveLocalAnswer(a: LocalAnswer) {
    await this.tx(async (sql) => {
      await sql.run(row.UPSERT_LOCAL, ...row.localValues(a));
      if (a.escalationId) await sql.run(row.SET_ANSWERED, ...row.answeredValues(a));
      // Sent at commit: every instance drops its cached answers of this network (LocalEntries).
      await notify(
        sql.db,
        CHANGES_CHANNEL,
        JSON.stringify({ topic: LOCAL_ANSWERS, tenantId: a.tenantId, networkId: a.networkId }),
      );
    });
  }

  async listLocalAnswers(tenantId: string, networkId: string) {
    const rows = await this.sql.all<row.LocalRow>(row.LOCAL_ANSWERS, tenantId, networkId);
    return rows.map(row.toLocal);
  }
}
