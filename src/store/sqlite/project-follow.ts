import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { Experience, PlanAnswer, ProjectFollowRepository } from '../../projects/follow-up-repository.ts';
import {
  experienceValues,
  INSERT_ANSWER,
  INSERT_EXPERIENCE,
  planAnswerValues,
  toExperience,
  toPlanAnswer,
  type ExperienceRow,
  type PlanAnswerRow,
} from '../rows/project-follow.ts';

export class SqliteProjectFollow implements ProjectFollowRepository {
  #db: DatabaseSync;
  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  async recordAnswer(a: PlanAnswer): Promise<void> {
    this.#db.prepare(INSERT_ANSWER).run(...(planAnswerValues(a) as SQLInputValue[]));
  }

  async answers(tenantId: string, networkId: string, projectId: string | null): Promise<PlanAnswer[]> {
    const rows = (projectId === null
      ? this.#db
          .prepare('SELECT * FROM plan_answers WHERE tenant_id = ? AND network_id = ? ORDER BY answered_at, entry_id')
          .all(tenantId, networkId)
      : this.#db
          .prepare(
            'SELECT * FROM plan_answers WHERE tenant_id = ? AND network_id = ? AND project_id = ? ORDER BY answered_at, entry_id',
          )
          .all(tenantId, networkId, projectId)) as unknown as PlanAnswerRow[];
    return rows.map(toPlanAnswer);
  }

  async addExperience(e: Omit<Experience, 'seq'>): Promise<Experience> {
    return toExperience(
      this.#db.prepare(INSERT_EXPERIENCE).get(...(experienceValues(e) as SQLInputValue[])) as unknown as ExperienceRow,
    );
  }

  async experiences(tenantId: string, networkId: string, projectId: string): Promise<Experience[]> {
    const rows = this.#db
      .prepare(
        'SELECT * FROM project_experiences WHERE tenant_id = ? AND network_id = ? AND project_id = ? ORDER BY seq',
      )
      .all(tenantId, networkId, projectId) as unknown as ExperienceRow[];
    return rows.map(toExperience);
  }
}
