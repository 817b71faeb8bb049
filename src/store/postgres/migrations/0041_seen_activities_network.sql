-- Every table carries tenant_id and network_id (CONTRIBUTING). Seen activity ids are delivery
-- bookkeeping, not a network's data: the key is (tenant, conversation, activity), and the
-- conversation already belongs to one network. network_id stays '' so a network's export, its
-- erasure and per-network comparisons leave these rows out. The ids are only 24 hours' bookkeeping,
-- so the old rows need not be kept.
DROP TABLE seen_activities;
CREATE TABLE seen_activities (
  tenant_id        TEXT COLLATE "C" NOT NULL,
  network_id       TEXT COLLATE "C" NOT NULL DEFAULT '',
  conversation_id  TEXT COLLATE "C" NOT NULL,
  activity_id      TEXT COLLATE "C" NOT NULL,
  seen_at          TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, conversation_id, activity_id)
);
CREATE INDEX seen_activities_at ON seen_activities (seen_at);
