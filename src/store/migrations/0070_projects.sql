-- Development projects, one plan each (seed 002's template); a network may hold several. The plan
-- is stored whole as JSON and checked against projectPlanSchema on every read, so the template's
-- fields live in one place (src/projects/project.ts), not spread over columns.
CREATE TABLE projects (
  tenant_id   TEXT NOT NULL,
  network_id  TEXT NOT NULL,
  id          TEXT NOT NULL,  -- U1, U2, …
  name        TEXT NOT NULL,  -- the plan's name, kept beside it for lists
  plan        TEXT NOT NULL,  -- JSON ProjectPlan
  origin      TEXT NOT NULL CHECK (origin IN ('import', 'cards')),
  created_by  TEXT NOT NULL,  -- JSON Person
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id, id)
);
