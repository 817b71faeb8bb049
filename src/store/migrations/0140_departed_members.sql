-- People the bot heard leave a network's team and not join again (N17), one row each. It was one
-- JSON setting rewritten whole per change, so two leavings at once on two instances could lose
-- one. Teams names a leaver by the Teams id, the Entra id, or both; the one not known is ''. The
-- Entra id is kept in lower case, as Teams writes it in either case.
CREATE TABLE departed_members (
  tenant_id      TEXT NOT NULL,
  network_id     TEXT NOT NULL,
  user_id        TEXT NOT NULL DEFAULT '',
  aad_object_id  TEXT NOT NULL DEFAULT '',
  left_at        TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id, user_id, aad_object_id)
);

-- The leavings kept in the setting move over in their order (the oldest first).
INSERT OR IGNORE INTO departed_members (tenant_id, network_id, user_id, aad_object_id, left_at)
SELECT s.tenant_id, s.network_id,
       COALESCE(json_extract(j.value, '$.id'), ''),
       LOWER(COALESCE(json_extract(j.value, '$.aadObjectId'), '')),
       '1970-01-01T00:00:00.' || printf('%06d', j.key) || 'Z'
FROM network_settings s, json_each(s.value) j
WHERE s.name = 'departed' AND json_valid(s.value) AND json_type(s.value) = 'array'
  AND json_type(j.value) = 'object'
  AND (COALESCE(json_extract(j.value, '$.id'), '') <> '' OR COALESCE(json_extract(j.value, '$.aadObjectId'), '') <> '');

DELETE FROM network_settings WHERE name = 'departed';
