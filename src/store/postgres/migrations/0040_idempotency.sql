-- Activities already handled, by Teams' own key: a redelivery (the same id in the same
-- conversation) is dropped before any handler runs. A row older than 24 hours counts as unseen and
-- goes in the nightly sweep. No network_id: the turn is claimed before its network is looked up,
-- and the row holds no content, only ids.
CREATE TABLE seen_activities (
  tenant_id        TEXT COLLATE "C" NOT NULL,
  conversation_id  TEXT COLLATE "C" NOT NULL,
  activity_id      TEXT COLLATE "C" NOT NULL,
  seen_at          TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, conversation_id, activity_id)
);
CREATE INDEX seen_activities_at ON seen_activities (seen_at);

-- One row per confirmation card (e.g. "Slett alt"): the card carries the nonce, and the first
-- click marks it used in one conditional UPDATE, so a second click, a double click or a replayed
-- request finds it used. Erasing a network's data removes its rows; a missing row counts as used.
CREATE TABLE confirmations (
  tenant_id   TEXT COLLATE "C" NOT NULL,
  network_id  TEXT COLLATE "C" NOT NULL,
  nonce       TEXT COLLATE "C" NOT NULL,
  purpose     TEXT COLLATE "C" NOT NULL,
  created_at  TEXT COLLATE "C" NOT NULL,
  expires_at  TEXT COLLATE "C" NOT NULL,
  used_at     TEXT COLLATE "C",
  used_by     TEXT COLLATE "C",
  PRIMARY KEY (tenant_id, network_id, nonce)
);
CREATE INDEX confirmations_expiry ON confirmations (tenant_id, network_id, expires_at);
