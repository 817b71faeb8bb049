-- Every table carries tenant_id and network_id (CONTRIBUTING): seen activity ids get the network
-- the activity came from, read from the activity itself (team id, or the group chat's id; empty for
-- a personal chat). The ids are only 24 hours' bookkeeping, so the old rows need not be kept.
DROP TABLE seen_activities;
CREATE TABLE seen_activities (
  tenant_id        TEXT COLLATE "C" NOT NULL,
  network_id       TEXT COLLATE "C" NOT NULL,
  conversation_id  TEXT COLLATE "C" NOT NULL,
  activity_id      TEXT COLLATE "C" NOT NULL,
  seen_at          TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, conversation_id, activity_id)
);
CREATE INDEX seen_activities_at ON seen_activities (seen_at);
CREATE INDEX seen_activities_network ON seen_activities (tenant_id, network_id);
