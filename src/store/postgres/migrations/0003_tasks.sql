CREATE TABLE tasks (
  tenant_id     TEXT COLLATE "C" NOT NULL,
  network_id    TEXT COLLATE "C" NOT NULL,
  id            TEXT COLLATE "C" NOT NULL,
  text          TEXT COLLATE "C" NOT NULL,
  owners        TEXT COLLATE "C" NOT NULL,  -- JSON TaskOwner[]
  due           TEXT COLLATE "C",           -- YYYY-MM-DD, Oslo date
  status        TEXT COLLATE "C" NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'postponed', 'deleted')),
  needs_help    INTEGER NOT NULL DEFAULT 0,
  meeting_id    TEXT COLLATE "C",
  agenda_item   INTEGER,
  entry_id      TEXT COLLATE "C",
  created_by    TEXT COLLATE "C" NOT NULL,  -- JSON Person
  created_at    TEXT COLLATE "C" NOT NULL,
  updated_at    TEXT COLLATE "C" NOT NULL,
  card_ref      TEXT COLLATE "C",           -- JSON {conversationId, activityId} of the shared task card
  PRIMARY KEY (tenant_id, network_id, id)
);
CREATE INDEX tasks_status ON tasks (tenant_id, network_id, status);

-- One row per person owner, so "mine oppgaver" finds a person's tasks across networks.
CREATE TABLE task_owners (
  tenant_id     TEXT COLLATE "C" NOT NULL,
  network_id    TEXT COLLATE "C" NOT NULL,
  task_id       TEXT COLLATE "C" NOT NULL,
  user_id       TEXT COLLATE "C",
  aad_object_id TEXT COLLATE "C",
  PRIMARY KEY (tenant_id, network_id, task_id, user_id)
);
CREATE INDEX task_owners_aad ON task_owners (tenant_id, aad_object_id);

CREATE TABLE task_events (
  tenant_id     TEXT COLLATE "C" NOT NULL,
  network_id    TEXT COLLATE "C" NOT NULL,
  task_id       TEXT COLLATE "C" NOT NULL,
  seq           INTEGER NOT NULL,
  at            TEXT COLLATE "C" NOT NULL,
  by_person     TEXT COLLATE "C" NOT NULL,  -- JSON Person
  change        TEXT COLLATE "C" NOT NULL,  -- JSON TaskChange
  PRIMARY KEY (tenant_id, network_id, task_id, seq)
);
