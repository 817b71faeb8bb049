import type { NewProject, Project, ProjectPlan } from '../../projects/project.ts';
import type { ProjectRepository } from '../../projects/repository.ts';
import { PgRepository } from './database.ts';
import { ID_NOCASE, idNumber, nextId } from './ids.ts';
import { PROJECT_PREFIX, storedPlan, toProject, type ProjectRow } from '../rows/projects.ts';

export class PgProjects extends PgRepository implements ProjectRepository {
  async create(p: NewProject): Promise<Project> {
    const plan = storedPlan(p.plan);
    const id = await this.tx(async (sql) => {
      const id = await nextId(sql, 'projects', PROJECT_PREFIX, p.tenantId, p.networkId);
      await sql.run(
        'INSERT INTO projects (tenant_id, network_id, id, name, plan, origin, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        p.tenantId,
        p.networkId,
        id,
        p.plan.name,
        plan,
        p.origin,
        JSON.stringify(p.createdBy),
        p.createdAt,
        p.createdAt,
      );
      return id;
    });
    return (await this.get(p.tenantId, p.networkId, id))!;
  }

  async get(tenantId: string, networkId: string, id: string): Promise<Project | null> {
    const r = await this.sql.get<ProjectRow>(
      `SELECT * FROM projects WHERE tenant_id = ? AND network_id = ? AND ${ID_NOCASE}`,
      tenantId,
      networkId,
      id,
    );
    return r ? toProject(r) : null;
  }

  async list(tenantId: string, networkId: string): Promise<Project[]> {
    const rows = await this.sql.all<ProjectRow>(
      `SELECT * FROM projects WHERE tenant_id = ? AND network_id = ? ORDER BY ${idNumber()}`,
      tenantId,
      networkId,
    );
    return rows.map(toProject);
  }

  async change(
    tenantId: string,
    networkId: string,
    id: string,
    edit: (plan: ProjectPlan) => ProjectPlan,
    now: Date,
  ): Promise<Project | null> {
    // The row lock holds a second writer (another card step, another instance) until this commit.
    const found = await this.tx(async (sql) => {
      const r = await sql.get<ProjectRow>(
        `SELECT * FROM projects WHERE tenant_id = ? AND network_id = ? AND ${ID_NOCASE} FOR UPDATE`,
        tenantId,
        networkId,
        id,
      );
      if (!r) return null;
      const next = edit(toProject(r).plan);
      await sql.run(
        'UPDATE projects SET name = ?, plan = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?',
        next.name,
        storedPlan(next),
        now.toISOString(),
        tenantId,
        networkId,
        r.id,
      );
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
