import type { Experience, PlanAnswer, ProjectFollowRepository } from '../../projects/follow-up-repository.ts';
import { PgRepository } from './database.ts';
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

export class PgProjectFollow extends PgRepository implements ProjectFollowRepository {
  async recordAnswer(a: PlanAnswer): Promise<void> {
    await this.sql.run(INSERT_ANSWER, ...planAnswerValues(a));
  }

  async answers(tenantId: string, networkId: string, projectId: string | null): Promise<PlanAnswer[]> {
    const rows =
      projectId === null
        ? await this.sql.all<PlanAnswerRow>(
            'SELECT * FROM plan_answers WHERE tenant_id = ? AND network_id = ? ORDER BY answered_at, entry_id',
            tenantId,
            networkId,
          )
        : await this.sql.all<PlanAnswerRow>(
            'SELECT * FROM plan_answers WHERE tenant_id = ? AND network_id = ? AND project_id = ? ORDER BY answered_at, entry_id',
            tenantId,
            networkId,
            projectId,
          );
    return rows.map(toPlanAnswer);
  }

  async addExperience(e: Omit<Experience, 'seq'>): Promise<Experience> {
    return toExperience((await this.sql.get<ExperienceRow>(INSERT_EXPERIENCE, ...experienceValues(e)))!);
  }

  async experiences(tenantId: string, networkId: string, projectId: string): Promise<Experience[]> {
    const rows = await this.sql.all<ExperienceRow>(
      'SELECT * FROM project_experiences WHERE tenant_id = ? AND network_id = ? AND project_id = ? ORDER BY seq',
      tenantId,
      networkId,
      projectId,
    );
    return rows.map(toExperience);
  }
}
