import type { NewProject, Project, ProjectPlan } from './project.ts';

/**
 * The port the project register needs from the Store. Every method is scoped by tenant and
 * network: a network may hold several projects (one plan each, seed 002), and no call reaches
 * another network's.
 */
export interface ProjectRepository {
  /** Stores a new project in one write (a plan is never half-stored) and gives it the next U-id. */
  create(p: NewProject): Promise<Project>;
  /** The project by id (u3 finds U3), or null. */
  get(tenantId: string, networkId: string, id: string): Promise<Project | null>;
  /** The network's projects, oldest first. */
  list(tenantId: string, networkId: string): Promise<Project[]>;
  /**
   * Reads the plan, applies `edit` (pure, synchronous) and writes the result, in one transaction
   * that holds the row: two card steps saved at once both land. The edited plan is checked against
   * the schema before it is written. Null when the project is gone.
   */
  change(
    tenantId: string,
    networkId: string,
    id: string,
    edit: (plan: ProjectPlan) => ProjectPlan,
    now: Date,
  ): Promise<Project | null>;
  /** Removes the project; false when there was none. */
  remove(tenantId: string, networkId: string, id: string): Promise<boolean>;
}
