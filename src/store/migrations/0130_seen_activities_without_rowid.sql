-- The redelivery claim is one insert per incoming activity (src/store/rows/idempotency.ts
-- CLAIM_SEEN): into a rowid table it wrote the table, its primary-key index and the seen_at index.
-- A WITHOUT ROWID table keeps the rows in the primary key itself, and the seen_at index served only
-- the nightly sweep (PURGE_SEEN), which may scan a day's rows instead. Measured with
-- bench/claim-micro.ts: 21–23 µs of CPU a claim before, 12–14 after (BENCHMARKS.md, 2026-12-01).
-- The rows are kept: a redelivery within the 24 hours is still dropped across the upgrade.
CREATE TABLE seen_activities_0130 (
  tenant_id        TEXT NOT NULL,
  network_id       TEXT NOT NULL DEFAULT '',
  conversation_id  TEXT NOT NULL,
  activity_id      TEXT NOT NULL,
  seen_at          TEXT NOT NULL,
  PRIMARY KEY (tenant_id, conversation_id, activity_id)
) WITHOUT ROWID;
INSERT INTO seen_activities_0130 (tenant_id, network_id, conversation_id, activity_id, seen_at)
  SELECT tenant_id, network_id, conversation_id, activity_id, seen_at FROM seen_activities;
DROP TABLE seen_activities;
ALTER TABLE seen_activities_0130 RENAME TO seen_activities;
