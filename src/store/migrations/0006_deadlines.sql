CREATE TABLE deadlines (
  tenant_id     TEXT NOT NULL,
  network_id    TEXT NOT NULL,
  id            TEXT NOT NULL,  -- F1, F2, …
  title         TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('søknad', 'rapportering', 'bruk av midler', 'overføring', 'revisjon', 'egen')),
  date          TEXT NOT NULL,  -- Oslo date
  time          TEXT NOT NULL,  -- HH:MM, the moment it is due that day
  source        TEXT NOT NULL,
  checklist     TEXT NOT NULL,  -- JSON string[]
  yearly        INTEGER NOT NULL DEFAULT 0,
  status        TEXT NOT NULL CHECK (status IN ('open', 'done')),
  done_by       TEXT,
  done_at       TEXT,
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id, id)
);
CREATE INDEX deadlines_open ON deadlines (tenant_id, network_id, status, date);

-- Every card posted for a deadline, so Levert can update them all for everyone.
CREATE TABLE deadline_cards (
  tenant_id       TEXT NOT NULL,
  network_id      TEXT NOT NULL,
  deadline_id     TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  activity_id     TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id, deadline_id, activity_id)
);

-- Per-network settings (nudge offsets and the like) as JSON values.
CREATE TABLE network_settings (
  tenant_id     TEXT NOT NULL,
  network_id    TEXT NOT NULL,
  name          TEXT NOT NULL,
  value         TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id, name)
);

-- The outcome of every proactive send.
CREATE TABLE deliveries (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id     TEXT NOT NULL,
  network_id    TEXT NOT NULL,
  conversation  TEXT NOT NULL,
  operation     TEXT NOT NULL,
  outcome       TEXT NOT NULL,  -- sent, retried, gave-up, inactive
  status        INTEGER,
  attempts      INTEGER NOT NULL,
  at            TEXT NOT NULL
);
CREATE INDEX deliveries_network ON deliveries (tenant_id, network_id, at);
