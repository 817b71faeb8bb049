CREATE TABLE tasks (
  tenant_id     TEXT NOT NULL,
  network_id    TEXT NOT NULL,
  id            TEXT NOT NULL,
  text          TEXT NOT NULL,
  owners        TEXT NOT NULL,  -- JSON TaskOwner[]
  due           TEXT,           -- YYYY-MM-DD, Oslo date
  status        TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'postponed', 'deleted')),
  needs_help    INTEGER NOT NULL DEFAULT 0,
  meeting_id    TEXT,
  agenda_item   INTEGER,
  entry_id      TEXT,
  created_by    TEXT NOT NULL,  -- JSON Person
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  card_ref      TEXT,           -- JSON {conversationId, activityId} of the shared task card
  PRIMARY KEY (tenant_id, network_id, id)
);
CREATE INDEX tasks_status ON tasks (tenant_id, network_id, status);

-- One row per person owner, so "mine oppgaver" finds a person's tasks across networks.
CREATE TABLE task_owners (
  tenant_id     TEXT NOT NULL,
  network_id    TEXT NOT NULL,
  task_id       TEXT NOT NULL,
  user_id       TEXT,
  aad_object_id TEXT,
  PRIMARY KEY (tenant_id, network_id, task_id, user_id)
);
CREATE INDEX task_owners_aad ON task_owners (tenant_id, aad_object_id);

CREATE TABLE task_events (
  tenant_id     TEXT NOT NULL,
  network_id    TEXT NOT NULL,
  task_id       TEXT NOT NULL,
  seq           INTEGER NOT NULL,
  at            TEXT NOT NULL,
  by_person     TEXT NOT NULL,  -- JSON Person
  change        TEXT NOT NULL,  -- JSON TaskChange
  PRIMARY KEY (tenant_id, network_id, task_id, seq)
);
