import type { NewProject, Project } from '../../projects/project.ts';
import type { ProjectRepository } from '../../projects/repository.ts';
import { PgRepository } from './database.ts';
import { ID_NOCASE } from './ids.ts';
import * as row from '../rows/projects.ts';

export class PgProjects extends PgRepository implements ProjectRepository {
  async create(p: NewProject): Promise<Project> {
    return this.insertWithId('projects', row.PROJECT_PREFIX, row.toProject, p, (sql, id) =>
      sql.run(row.INSERT_PROJECT, ...row.insertValues(id, p)),
    );
  }

  async get(tenantId: string, networkId: string, id: string): Promise<Project | null> {
    return this.byId('projects', row.toProject, tenantId, networkId, id);
  }

  async list(tenantId: string, networkId: string): Promise<Project[]> {
    return this.inIdOrder('projects', row.toProject, tenantId, networkId);
  }

  async change(...[tenantId, networkId, id, edit, now]: row.ChangeArgs): Promise<Project | null> {
    // The row lock holds a second writer (another card step, another instance) until this commit.
    const found = await this.tx(async (sql) => {
      const r = await sql.get<row.ProjectRow>(
        `SELECT * FROM projects WHERE tenant_id = ? AND network_id = ? AND ${ID_NOCASE} FOR UPDATE`,
        tenantId,
        networkId,
        id,
      );
      if (!r) return null;
      const next = edit(row.toProject(r).plan);
      await sql.run(row.UPDATE_PLAN, ...row.planValues(next, now, tenantId, networkId, r.id));
      return r.id;
    });
    return found ? this.get(tenantId, networkId, found) : null;
  }

  async remove(tenantId: string, networkId: string, id: string): Promise<boolean> {
    return (
      (await this.sql.run(
        `DELETE FROM projects WHERE tenant_id = ? AND network_id = ? AND ${ID_NOCASE}`,
        tenantId,
        networkId,
        id,
      )) > 0
    );
  }
}
