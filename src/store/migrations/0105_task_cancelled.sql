-- A task can be cancelled (a duplicate or a mistake): 'cancelled' is neither done nor deleted. It
-- leaves the open lists and the follow-up, and can be opened again. SQLite cannot change a CHECK in
-- place, so the table is rebuilt with the same columns and index.
CREATE TABLE tasks_new (
  tenant_id     TEXT NOT NULL,
  network_id    TEXT NOT NULL,
  id            TEXT NOT NULL,
  text          TEXT NOT NULL,
  owners        TEXT NOT NULL,  -- JSON TaskOwner[]
  due           TEXT,           -- YYYY-MM-DD, Oslo date
  status        TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'postponed', 'deleted', 'cancelled')),
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
INSERT INTO tasks_new (tenant_id, network_id, id, text, owners, due, status, needs_help, meeting_id, agenda_item,
                       entry_id, created_by, created_at, updated_at, card_ref)
  SELECT tenant_id, network_id, id, text, owners, due, status, needs_help, meeting_id, agenda_item,
         entry_id, created_by, created_at, updated_at, card_ref
    FROM tasks;
DROP TABLE tasks;
ALTER TABLE tasks_new RENAME TO tasks;
CREATE INDEX tasks_status ON tasks (tenant_id, network_id, status);
