-- Following a development project (issue #17 item 4).
-- plan_answers: "følger vi planen?" answered per milestone in a meeting. The minutes carry the same
-- answer as a note with entry id `entry_id`, so whether it still stands (after `angre` or `rett
-- referat`) is read from the meeting's log, never from a copy here.
CREATE TABLE plan_answers (
  tenant_id     TEXT NOT NULL,
  network_id    TEXT NOT NULL,
  project_id    TEXT NOT NULL,
  milestone_id  TEXT NOT NULL,
  meeting_id    TEXT NOT NULL,
  entry_id      TEXT NOT NULL,
  answer        TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
  what_happened TEXT NOT NULL DEFAULT '',
  answered_by   TEXT NOT NULL,  -- JSON Person
  answered_at   TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id, entry_id)
);
CREATE INDEX plan_answers_project ON plan_answers (tenant_id, network_id, project_id, answered_at);

-- The experience log (gjort / lært / lurt, seed 000) of a project; it feeds the yearly report.
CREATE TABLE project_experiences (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id   TEXT NOT NULL,
  network_id  TEXT NOT NULL,
  project_id  TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('gjort', 'lært', 'lurt')),
  text        TEXT NOT NULL,
  meeting_id  TEXT,
  created_by  TEXT NOT NULL,  -- JSON Person
  created_at  TEXT NOT NULL
);
CREATE INDEX project_experiences_project ON project_experiences (tenant_id, network_id, project_id, seq);
