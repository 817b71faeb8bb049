import { randomUUID } from 'node:crypto';
import type { Escalation, Feedback, GuidelinesRepository, LocalAnswer } from '../../guidelines/repository.ts';
import { SqliteRepository } from './database.ts';
import * as row from '../rows/guidelines.ts';

export class SqliteGuidelines extends SqliteRepository implements GuidelinesRepository {
  async recordFeedback(f: Feedback) {
    this.db.prepare(row.UPSERT_FEEDBACK).run(...row.feedbackValues(f));
  }

  async feedbackCounts(tenantId: string, networkId: string) {
    return (
      this.db
        .prepare(
          `SELECT entry_id, SUM(vote = 'up') AS up, SUM(vote = 'down') AS down FROM guideline_feedback
           WHERE tenant_id = ? AND network_id = ? GROUP BY entry_id ORDER BY entry_id`,
        )
        .all(tenantId, networkId) as { entry_id: string; up: number; down: number }[]
    ).map((r) => ({ entryId: r.entry_id, up: Number(r.up), down: Number(r.down) }));
  }

  async createEscalation(e: row.NewEscalation): Promise<Escalation> {
    // Short random ids: the id travels in card data and must not be guessable across networks anyway.
    const id = randomUUID().slice(0, 8);
    this.db.prepare(row.INSERT_ESCALATION).run(...row.escalationValues(e, id));
    return row.created(e, id);
  }

  async createEscalationWithin(e: row.NewEscalation, max: number, inFlightSince: string): Promise<Escalation | null> {
    const id = randomUUID().slice(0, 8);
    // One statement: the count and the insert cannot be split by another request.
    const { changes } = this.db
      .prepare(
        `INSERT INTO guideline_escalations (tenant_id, network_id, id, question, asked_by, created_at)
         SELECT ?, ?, ?, ?, ?, ?
         WHERE (SELECT COUNT(*) FROM guideline_escalations WHERE tenant_id = ? AND network_id = ?
                AND json_extract(asked_by, '$.id') = ? AND answered_at IS NULL
                AND (posted IS NOT NULL OR created_at >= ?)) < ?`,
      )
      .run(...row.escalationWithinValues(e, id, max, inFlightSince));
    return Number(changes) ? row.created(e, id) : null;
  }

  async setEscalationPosted(...[tenantId, networkId, id, posted]: row.PostedArgs) {
    this.db.prepare(row.SET_POSTED).run(JSON.stringify(posted), tenantId, networkId, id);
  }

  async findEscalation(tenantId: string, networkId: string, askedById: string, question: string) {
    const r = this.db
      .prepare(
        `SELECT * FROM guideline_escalations WHERE tenant_id = ? AND network_id = ? AND json_extract(asked_by, '$.id') = ? AND question = ?
         ORDER BY created_at DESC LIMIT 1`,
      )
      .get(tenantId, networkId, askedById, question) as row.EscalationRow | undefined;
    return r ? row.toEscalation(r) : null;
  }

  async getEscalation(tenantId: string, networkId: string, id: string) {
    const r = this.db.prepare(row.GET_ESCALATION).get(tenantId, networkId, id) as row.EscalationRow | undefined;
    return r ? row.toEscalation(r) : null;
  }

  async countOpenEscalations(tenantId: string, networkId: string, askedById: string) {
    const r = this.db
      .prepare(
        `SELECT COUNT(*) AS n FROM guideline_escalations WHERE tenant_id = ? AND network_id = ?
         AND json_extract(asked_by, '$.id') = ? AND posted IS NOT NULL AND answered_at IS NULL`,
      )
      .get(tenantId, networkId, askedById) as { n: number };
    return Number(r.n);
  }

  async saveLocalAnswer(a: LocalAnswer) {
    this.tx(() => {
      this.db.prepare(row.UPSERT_LOCAL).run(...row.localValues(a));
      if (a.escalationId) this.db.prepare(row.SET_ANSWERED).run(...row.answeredValues(a));
    });
  }

  async listLocalAnswers(tenantId: string, networkId: string) {
    return (this.db.prepare(row.LOCAL_ANSWERS).all(tenantId, networkId) as unknown as row.LocalRow[]).map(row.toLocal);
  }
}
