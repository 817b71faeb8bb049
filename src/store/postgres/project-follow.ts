import type { Experience, PlanAnswer, ProjectFollowRepository } from '../../projects/follow-up-repository.ts';
import { PgRepository } from './database.ts';
import * as row from '../rows/project-follow.ts';

export class PgProjectFollow extends PgRepository implements ProjectFollowRepository {
  async recordAnswer(a: PlanAnswer): Promise<void> {
    await this.sql.run(row.INSERT_ANSWER, ...row.planAnswerValues(a));
  }

  async answers(tenantId: string, networkId: string, projectId: string | null): Promise<PlanAnswer[]> {
    const values = row.answersValues(tenantId, networkId, projectId);
    const rows = await this.sql.all<row.PlanAnswerRow>(row.answersQuery(projectId), ...values);
    return rows.map(row.toPlanAnswer);
  }

  async addExperience(e: Omit<Experience, 'seq'>): Promise<Experience> {
    return row.toExperience(
      (await this.sql.get<row.ExperienceRow>(row.INSERT_EXPERIENCE, ...row.experienceValues(e)))!,
    );
  }

  async experiences(tenantId: string, networkId: string, projectId: string): Promise<Experience[]> {
    const rows = await this.sql.all<row.ExperienceRow>(row.EXPERIENCES, tenantId, networkId, projectId);
    return rows.map(row.toExperience);
  }
}
