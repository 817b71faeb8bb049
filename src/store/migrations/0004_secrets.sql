-- Keys the server makes for itself (signing download and feed links). Global rows use '' ids.
CREATE TABLE secrets (
  tenant_id   TEXT NOT NULL DEFAULT '',
  network_id  TEXT NOT NULL DEFAULT '',
  name        TEXT NOT NULL,
  value       TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id, name)
);
