-- Development projects, one plan each (seed 002's template); a network may hold several. The plan
-- is stored whole as JSON and checked against projectPlanSchema on every read, so the template's
-- fields live in one place (src/projects/project.ts), not spread over columns.
CREATE TABLE projects (
  tenant_id   TEXT COLLATE "C" NOT NULL,
  network_id  TEXT COLLATE "C" NOT NULL,
  id          TEXT COLLATE "C" NOT NULL,  -- U1, U2, …
  name        TEXT COLLATE "C" NOT NULL,  -- the plan's name, kept beside it for lists
  plan        TEXT COLLATE "C" NOT NULL,  -- JSON ProjectPlan
  origin      TEXT COLLATE "C" NOT NULL CHECK (origin IN ('import', 'cards')),
  created_by  TEXT COLLATE "C" NOT NULL,  -- JSON Person
  created_at  TEXT COLLATE "C" NOT NULL,
  updated_at  TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, network_id, id)
);
