-- Keys the server makes for itself (signing download and feed links). Global rows use '' ids.
CREATE TABLE secrets (
  tenant_id   TEXT COLLATE "C" NOT NULL DEFAULT '',
  network_id  TEXT COLLATE "C" NOT NULL DEFAULT '',
  name        TEXT COLLATE "C" NOT NULL,
  value       TEXT COLLATE "C" NOT NULL,
  created_at  TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, network_id, name)
);
