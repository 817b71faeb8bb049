import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Escalation, Feedback, GuidelinesRepository, LocalAnswer } from '../../guidelines/repository.ts';
import { transaction } from './database.ts';
import { toEscalation, toLocal, type EscalationRow, type LocalRow } from '../rows/guidelines.ts';

export class SqliteGuidelines implements GuidelinesRepository {
  #db: DatabaseSync;
  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  async recordFeedback(f: Feedback) {
    this.#db
      .prepare(
        `INSERT INTO guideline_feedback (tenant_id, network_id, entry_id, voter_key, vote, at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, network_id, entry_id, voter_key) DO UPDATE SET vote = excluded.vote, at = excluded.at`,
      )
      .run(f.tenantId, f.networkId, f.entryId, f.voterKey, f.vote, f.at);
  }

  async feedbackCounts(tenantId: string, networkId: string) {
    return (
      this.#db
        .prepare(
          `SELECT entry_id, SUM(vote = 'up') AS up, SUM(vote = 'down') AS down FROM guideline_feedback
           WHERE tenant_id = ? AND network_id = ? GROUP BY entry_id ORDER BY entry_id`,
        )
        .all(tenantId, networkId) as { entry_id: string; up: number; down: number }[]
    ).map((r) => ({ entryId: r.entry_id, up: Number(r.up), down: Number(r.down) }));
  }

  async createEscalation(e: Omit<Escalation, 'id' | 'posted' | 'answeredBy' | 'answeredAt'>): Promise<Escalation> {
    // Short random ids: the id travels in card data and must not be guessable across networks anyway.
    const id = randomUUID().slice(0, 8);
    this.#db
      .prepare(
        `INSERT INTO guideline_escalations (tenant_id, network_id, id, question, asked_by, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(e.tenantId, e.networkId, id, e.question, JSON.stringify(e.askedBy), e.createdAt);
    return { ...e, id, posted: null, answeredBy: null, answeredAt: null };
  }

  async createEscalationWithin(
    e: Omit<Escalation, 'id' | 'posted' | 'answeredBy' | 'answeredAt'>,
    max: number,
    inFlightSince: string,
  ): Promise<Escalation | null> {
    const id = randomUUID().slice(0, 8);
    // One statement: the count and the insert cannot be split by another request.
    const { changes } = this.#db
      .prepare(
        `INSERT INTO guideline_escalations (tenant_id, network_id, id, question, asked_by, created_at)
         SELECT ?, ?, ?, ?, ?, ?
         WHERE (SELECT COUNT(*) FROM guideline_escalations WHERE tenant_id = ? AND network_id = ?
                AND json_extract(asked_by, '$.id') = ? AND answered_at IS NULL
                AND (posted IS NOT NULL OR created_at >= ?)) < ?`,
      )
      .run(
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
    return Number(changes) ? { ...e, id, posted: null, answeredBy: null, answeredAt: null } : null;
  }

  async setEscalationPosted(
    tenantId: string,
    networkId: string,
    id: string,
    posted: { conversationId: string; activityId: string },
  ) {
    this.#db
      .prepare('UPDATE guideline_escalations SET posted = ? WHERE tenant_id = ? AND network_id = ? AND id = ?')
      .run(JSON.stringify(posted), tenantId, networkId, id);
  }

  async findEscalation(tenantId: string, networkId: string, askedById: string, question: string) {
    const row = this.#db
      .prepare(
        `SELECT * FROM guideline_escalations WHERE tenant_id = ? AND network_id = ? AND json_extract(asked_by, '$.id') = ? AND question = ?
         ORDER BY created_at DESC LIMIT 1`,
      )
      .get(tenantId, networkId, askedById, question) as EscalationRow | undefined;
    return row ? toEscalation(row) : null;
  }

  async getEscalation(tenantId: string, networkId: string, id: string) {
    const row = this.#db
      .prepare('SELECT * FROM guideline_escalations WHERE tenant_id = ? AND network_id = ? AND id = ?')
      .get(tenantId, networkId, id) as EscalationRow | undefined;
    return row ? toEscalation(row) : null;
  }

  async countOpenEscalations(tenantId: string, networkId: string, askedById: string) {
    const row = this.#db
      .prepare(
        `SELECT COUNT(*) AS n FROM guideline_escalations WHERE tenant_id = ? AND network_id = ?
         AND json_extract(asked_by, '$.id') = ? AND posted IS NOT NULL AND answered_at IS NULL`,
      )
      .get(tenantId, networkId, askedById) as { n: number };
    return Number(row.n);
  }

  async saveLocalAnswer(a: LocalAnswer) {
    transaction(this.#db, () => {
      this.#db
        .prepare(
          `INSERT INTO guideline_local_answers (tenant_id, network_id, id, question, answer, saved_by, saved_at, escalation_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (tenant_id, network_id, id) DO UPDATE SET
             question = excluded.question, answer = excluded.answer, saved_by = excluded.saved_by, saved_at = excluded.saved_at`,
        )
        .run(a.tenantId, a.networkId, a.id, a.question, a.answer, JSON.stringify(a.savedBy), a.savedAt, a.escalationId);
      if (a.escalationId) {
        this.#db
          .prepare(
            'UPDATE guideline_escalations SET answered_by = ?, answered_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?',
          )
          .run(JSON.stringify(a.savedBy), a.savedAt, a.tenantId, a.networkId, a.escalationId);
      }
    });
  }

  async listLocalAnswers(tenantId: string, networkId: string) {
    return (
      this.#db
        .prepare('SELECT * FROM guideline_local_answers WHERE tenant_id = ? AND network_id = ? ORDER BY saved_at, id')
        .all(tenantId, networkId) as unknown as LocalRow[]
    ).map(toLocal);
  }
}
