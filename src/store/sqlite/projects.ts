import type { DatabaseSync } from 'node:sqlite';
import type { NewProject, Project, ProjectPlan } from '../../projects/project.ts';
import type { ProjectRepository } from '../../projects/repository.ts';
import { transaction } from './database.ts';
import { nextId } from './ids.ts';
import { PROJECT_PREFIX, storedPlan, toProject, type ProjectRow } from '../rows/projects.ts';

export class SqliteProjects implements ProjectRepository {
  #db: DatabaseSync;
  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  async create(p: NewProject): Promise<Project> {
    const plan = storedPlan(p.plan);
    const id = transaction(this.#db, () => {
      const id = nextId(this.#db, 'projects', PROJECT_PREFIX, p.tenantId, p.networkId);
      this.#db
        .prepare(
          'INSERT INTO projects (tenant_id, network_id, id, name, plan, origin, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
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
    const r = this.#db
      .prepare('SELECT * FROM projects WHERE tenant_id = ? AND network_id = ? AND id = ? COLLATE NOCASE')
      .get(tenantId, networkId, id) as ProjectRow | undefined;
    return r ? toProject(r) : null;
  }

  async list(tenantId: string, networkId: string): Promise<Project[]> {
    const rows = this.#db
      .prepare('SELECT * FROM projects WHERE tenant_id = ? AND network_id = ? ORDER BY CAST(substr(id, 2) AS INTEGER)')
      .all(tenantId, networkId) as unknown as ProjectRow[];
    return rows.map(toProject);
  }

  async change(
    tenantId: string,
    networkId: string,
    id: string,
    edit: (plan: ProjectPlan) => ProjectPlan,
    now: Date,
  ): Promise<Project | null> {
    // Read, edit and write in one synchronous transaction: nothing else interleaves.
    const found = transaction(this.#db, () => {
      const r = this.#db
        .prepare('SELECT * FROM projects WHERE tenant_id = ? AND network_id = ? AND id = ? COLLATE NOCASE')
        .get(tenantId, networkId, id) as ProjectRow | undefined;
      if (!r) return null;
      const next = edit(toProject(r).plan);
      this.#db
        .prepare(
          'UPDATE projects SET name = ?, plan = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ? AND id = ?',
        )
        .run(next.name, storedPlan(next), now.toISOString(), tenantId, networkId, r.id);
      return r.id;
    });
    return found ? this.get(tenantId, networkId, found) : null;
  }

  async remove(tenantId: string, networkId: string, id: string): Promise<boolean> {
    return (
      Number(
        this.#db
          .prepare('DELETE FROM projects WHERE tenant_id = ? AND network_id = ? AND id = ? COLLATE NOCASE')
          .run(tenantId, networkId, id).changes,
      ) > 0
    );
  }
}
