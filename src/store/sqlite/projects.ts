import type { NewProject, Project } from '../../projects/project.ts';
import type { ProjectRepository } from '../../projects/repository.ts';
import { SqliteRepository } from './database.ts';
import * as row from '../rows/projects.ts';

export class SqliteProjects extends SqliteRepository implements ProjectRepository {
  async create(p: NewProject): Promise<Project> {
    return this.insertWithId('projects', row.PROJECT_PREFIX, row.toProject, p, (id) =>
      this.db.prepare(row.INSERT_PROJECT).run(...row.insertValues(id, p)),
    );
  }

  async get(tenantId: string, networkId: string, id: string): Promise<Project | null> {
    return this.byId('projects', row.toProject, tenantId, networkId, id);
  }

  async list(tenantId: string, networkId: string): Promise<Project[]> {
    return this.inIdOrder('projects', row.toProject, tenantId, networkId);
  }

  async change(...[tenantId, networkId, id, edit, now]: row.ChangeArgs): Promise<Project | null> {
    // Read, edit and write in one synchronous transaction: nothing else interleaves.
    const found = this.tx(() => {
      const stored = this.byId('projects', row.toProject, tenantId, networkId, id);
      if (!stored) return null;
      const next = edit(stored.plan);
      this.db.prepare(row.UPDATE_PLAN).run(...row.planValues(next, now, tenantId, networkId, stored.id));
      return stored.id;
    });
    return found ? this.get(tenantId, networkId, found) : null;
  }

  async remove(tenantId: string, networkId: string, id: string): Promise<boolean> {
    return (
      Number(
        this.db
          .prepare('DELETE FROM projects WHERE tenant_id = ? AND network_id = ? AND id = ? COLLATE NOCASE')
          .run(tenantId, networkId, id).changes,
      ) > 0
    );
  }
}
