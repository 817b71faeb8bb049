-- People the bot has seen write in a network's conversation (N2): with the recorded roles, the
-- networks a person is in, for the views in a personal chat. Ids and the masked name only; a
-- network's rows go with its data (erased by tenant_id and network_id like every such table).
CREATE TABLE network_people_seen (
  tenant_id      TEXT NOT NULL,
  network_id     TEXT NOT NULL,
  user_id        TEXT NOT NULL,
  aad_object_id  TEXT,
  name           TEXT NOT NULL,
  seen_at        TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id, user_id)
);
CREATE INDEX network_people_seen_user ON network_people_seen (tenant_id, user_id);
CREATE INDEX network_people_seen_aad ON network_people_seen (tenant_id, aad_object_id);
