-- Every planned message is a row: a restart loses nothing, and the unique key stops doubles.
CREATE TABLE jobs (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id    TEXT NOT NULL,
  network_id   TEXT NOT NULL,
  key          TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL,
  due_at       TEXT NOT NULL,
  payload      TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('planned', 'claimed', 'done', 'failed', 'cancelled')),
  claimed_at   TEXT,
  attempts     INTEGER NOT NULL DEFAULT 0,
  last_error   TEXT,
  done_at      TEXT,
  created_at   TEXT NOT NULL
);
CREATE INDEX jobs_due ON jobs (status, due_at);
CREATE INDEX jobs_network ON jobs (tenant_id, network_id, kind);
