import { randomUUID } from 'node:crypto';
import type { Escalation, Feedback, GuidelinesRepository, LocalAnswer } from '../../guidelines/repository.ts';
import { lockFor, PgRepository } from './database.ts';
import { toEscalation, toLocal, type EscalationRow, type LocalRow } from '../rows/guidelines.ts';
import { LOCAL_ANSWERS } from '../changes.ts';
import { CHANGES_CHANNEL, notify } from './notify.ts';

export class PgGuidelines extends PgRepository implements GuidelinesRepository {
  async recordFeedback(f: Feedback) {
    await this.sql.run(
      `INSERT INTO guideline_feedback (tenant_id, network_id, entry_id, voter_key, vote, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (tenant_id, network_id, entry_id, voter_key) DO UPDATE SET vote = excluded.vote, at = excluded.at`,
      f.tenantId,
      f.networkId,
      f.entryId,
      f.voterKey,
      f.vote,
      f.at,
    );
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

  async createEscalation(e: Omit<Escalation, 'id' | 'posted' | 'answeredBy' | 'answeredAt'>): Promise<Escalation> {
    const id = randomUUID().slice(0, 8);
    await this.sql.run(
      `INSERT INTO guideline_escalations (tenant_id, network_id, id, question, asked_by, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
      e.tenantId,
      e.networkId,
      id,
      e.question,
      JSON.stringify(e.askedBy),
      e.createdAt,
    );
    return { ...e, id, posted: null, answeredBy: null, answeredAt: null };
  }

  async createEscalationWithin(
    e: Omit<Escalation, 'id' | 'posted' | 'answeredBy' | 'answeredAt'>,
    max: number,
    inFlightSince: string,
  ): Promise<Escalation | null> {
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
        e.tenantId,
        e.networkId,
        id,
        e.question,
        JSON.stringify(e.askedBy),
        e.createdAt,
        e.tenantId,
        e.networkId,
        e.askedBy.id,
        inFlightSince,
        max,
      );
    });
    return inserted ? { ...e, id, posted: null, answeredBy: null, answeredAt: null } : null;
  }

  async setEscalationPosted(
    tenantId: string,
    networkId: string,
    id: string,
    posted: { conversationId: string; activityId: string },
  ) {
    await this.sql.run(
      'UPDATE guideline_escalations SET posted = ? WHERE tenant_id = ? AND network_id = ? AND id = ?',
      JSON.stringify(posted),
      tenantId,
      networkId,
      id,
    );
  }

  async findEscalation(tenantId: string, networkId: string, askedById: string, question: string) {
    const row = await this.sql.get<EscalationRow>(
      `SELECT * FROM guideline_escalations WHERE tenant_id = ? AND network_id = ? AND (asked_by::json ->> 'id') = ? AND question = ?
       ORDER BY created_at DESC LIMIT 1`,
      tenantId,
      networkId,
      askedById,
      question,
    );
    return row ? toEscalation(row) : null;
  }

  async getEscalation(tenantId: string, networkId: string, id: string) {
    const row = await this.sql.get<EscalationRow>(
      'SELECT * FROM guideline_escalations WHERE tenant_id = ? AND network_id = ? AND id = ?',
      tenantId,
      networkId,
      id,
    );
    return row ? toEscalation(row) : null;
  }

  async countOpenEscalations(tenantId: string, networkId: string, askedById: string) {
    const row = await this.sql.get<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM guideline_escalations WHERE tenant_id = ? AND network_id = ?
       AND (asked_by::json ->> 'id') = ? AND posted IS NOT NULL AND answered_at IS NULL`,
      tenantId,
      networkId,
      askedById,
    );
    return Number(row?.n ?? 0);
  }

  async saveLocalAnswer(a: LocalAnswer) {
    await this.tx(async (sql) => {
      await sql.run(
        `INSERT INTO guideline_local_answers (tenant_id, network_id, id, question, answer, saved_by, saved_at, escalation_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, network_id, id) DO UPDATE SET
           question = excluded.question, answer = excluded.answer, saved_by = excluded.saved_by, saved_at = excluded.saved_at`,
        a.tenantId,
        a.networkId,
        a.id,
        a.question,
        a.answer,
        JSON.stringify(a.savedBy),
        a.savedAt,
        a.escalationId,
      );
      if (a.escalationId) {
        await sql.run(
          'UPDATE guideline_escalations SET answered_by = ?, answered_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?',
          JSON.stringify(a.savedBy),
          a.savedAt,
          a.tenantId,
          a.networkId,
          a.escalationId,
        );
      }
      // Sent at commit: every instance drops its cached answers of this network (LocalEntries).
      await notify(
        sql.db,
        CHANGES_CHANNEL,
        JSON.stringify({ topic: LOCAL_ANSWERS, tenantId: a.tenantId, networkId: a.networkId }),
      );
    });
  }

  async listLocalAnswers(tenantId: string, networkId: string) {
    const rows = await this.sql.all<LocalRow>(
      'SELECT * FROM guideline_local_answers WHERE tenant_id = ? AND network_id = ? ORDER BY saved_at, id',
      tenantId,
      networkId,
    );
    return rows.map(toLocal);
  }
}
