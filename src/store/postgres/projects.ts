import type { NewProject, Project } from '../../projects/project.ts';
import type { ProjectRepository } from '../../projects/repository.ts';
import { PgRepository } from './database.ts';
import { ID_NOCASE, idNumber, nextId } from './ids.ts';
import * as row from '../rows/projects.ts';

export class PgProjects extends PgRepository implements ProjectRepository {
  async create(p: NewProject): Promise<Project> {
    const id = await this.tx(async (sql) => {
      const id = await nextId(sql, 'projects', row.PROJECT_PREFIX, p.tenantId, p.networkId);
      await sql.run(row.INSERT_PROJECT, ...row.insertValues(id, p));
      return id;
    });
    return (await this.get(p.tenantId, p.networkId, id))!;
  }

  async get(tenantId: string, networkId: string, id: string): Promise<Project | null> {
    const r = await this.sql.get<row.ProjectRow>(
      `SELECT * FROM projects WHERE tenant_id = ? AND network_id = ? AND ${ID_NOCASE}`,
      tenantId,
      networkId,
      id,
    );
    return r ? row.toProject(r) : null;
  }

  async list(tenantId: string, networkId: string): Promise<Project[]> {
    const rows = await this.sql.all<row.ProjectRow>(
      `SELECT * FROM projects WHERE tenant_id = ? AND network_id = ? ORDER BY ${idNumber()}`,
      tenantId,
      networkId,
    );
    return rows.map(row.toProject);
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
