import { SqliteRepository } from './database.ts';
import type { SQLInputValue } from 'node:sqlite';
import type { Experience, PlanAnswer, ProjectFollowRepository } from '../../projects/follow-up-repository.ts';
import * as row from '../rows/project-follow.ts';

export class SqliteProjectFollow extends SqliteRepository implements ProjectFollowRepository {
  async recordAnswer(a: PlanAnswer): Promise<void> {
    this.db.prepare(row.INSERT_ANSWER).run(...(row.planAnswerValues(a) as SQLInputValue[]));
  }

  async answers(tenantId: string, networkId: string, projectId: string | null): Promise<PlanAnswer[]> {
    const rows = this.db
      .prepare(row.answersQuery(projectId))
      .all(...row.answersValues(tenantId, networkId, projectId)) as unknown as row.PlanAnswerRow[];
    return rows.map(row.toPlanAnswer);
  }

  async addExperience(e: Omit<Experience, 'seq'>): Promise<Experience> {
    return row.toExperience(
      this.db
        .prepare(row.INSERT_EXPERIENCE)
        .get(...(row.experienceValues(e) as SQLInputValue[])) as unknown as row.ExperienceRow,
    );
  }

  async experiences(tenantId: string, networkId: string, projectId: string): Promise<Experience[]> {
    const rows = this.db.prepare(row.EXPERIENCES).all(tenantId, networkId, projectId) as unknown as row.ExperienceRow[];
    return rows.map(row.toExperience);
  }
}
