import type { DatabaseSync } from 'node:sqlite';
import type { NewProject, Project } from '../../projects/project.ts';
import type { ProjectRepository } from '../../projects/repository.ts';
import { transaction } from './database.ts';
import { nextId } from './ids.ts';
import * as row from '../rows/projects.ts';

export class SqliteProjects implements ProjectRepository {
  #db: DatabaseSync;
  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  async create(p: NewProject): Promise<Project> {
    const id = transaction(this.#db, () => {
      const id = nextId(this.#db, 'projects', row.PROJECT_PREFIX, p.tenantId, p.networkId);
      this.#db.prepare(row.INSERT_PROJECT).run(...row.insertValues(id, p));
      return id;
    });
    return (await this.get(p.tenantId, p.networkId, id))!;
  }

  async get(tenantId: string, networkId: string, id: string): Promise<Project | null> {
    const r = this.#db
      .prepare('SELECT * FROM projects WHERE tenant_id = ? AND network_id = ? AND id = ? COLLATE NOCASE')
      .get(tenantId, networkId, id) as row.ProjectRow | undefined;
    return r ? row.toProject(r) : null;
  }

  async list(tenantId: string, networkId: string): Promise<Project[]> {
    const rows = this.#db
      .prepare('SELECT * FROM projects WHERE tenant_id = ? AND network_id = ? ORDER BY CAST(substr(id, 2) AS INTEGER)')
      .all(tenantId, networkId) as unknown as row.ProjectRow[];
    return rows.map(row.toProject);
  }

  async change(...[tenantId, networkId, id, edit, now]: row.ChangeArgs): Promise<Project | null> {
    // Read, edit and write in one synchronous transaction: nothing else interleaves.
    const found = transaction(this.#db, () => {
      const r = this.#db
        .prepare('SELECT * FROM projects WHERE tenant_id = ? AND network_id = ? AND id = ? COLLATE NOCASE')
        .get(tenantId, networkId, id) as row.ProjectRow | undefined;
      if (!r) return null;
      const next = edit(row.toProject(r).plan);
      this.#db.prepare(row.UPDATE_PLAN).run(...row.planValues(next, now, tenantId, networkId, r.id));
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
