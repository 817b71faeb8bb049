-- The last number handed out per id prefix (M, T, F, P) and network. Ids are never reused, even
-- after retention or `slett nettverksdata` removed every row: an old card button or download link
-- for T3 must not act on a new T3.
CREATE TABLE id_sequences (
  tenant_id   TEXT COLLATE "C" NOT NULL,
  network_id  TEXT COLLATE "C" NOT NULL,
  prefix      TEXT COLLATE "C" NOT NULL,
  last        INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, network_id, prefix)
);
