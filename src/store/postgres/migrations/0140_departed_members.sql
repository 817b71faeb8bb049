-- People the bot heard leave a network's team and not join again (N17), one row each. It was one
-- JSON setting rewritten whole per change, so two leavings at once on two instances could lose
-- one. Teams names a leaver by the Teams id, the Entra id, or both; the one not known is ''. The
-- Entra id is kept in lower case, as Teams writes it in either case.
CREATE TABLE departed_members (
  tenant_id      TEXT COLLATE "C" NOT NULL,
  network_id     TEXT COLLATE "C" NOT NULL,
  user_id        TEXT COLLATE "C" NOT NULL DEFAULT '',
  aad_object_id  TEXT COLLATE "C" NOT NULL DEFAULT '',
  left_at        TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, network_id, user_id, aad_object_id)
);

-- The leavings kept in the setting move over in their order (the oldest first).
INSERT INTO departed_members (tenant_id, network_id, user_id, aad_object_id, left_at)
SELECT d.tenant_id, d.network_id,
       COALESCE(j.value ->> 'id', ''),
       LOWER(COALESCE(j.value ->> 'aadObjectId', '')),
       '1970-01-01T00:00:00.' || lpad(j.ord::text, 6, '0') || 'Z'
FROM (SELECT tenant_id, network_id, value::jsonb AS v FROM network_settings WHERE name = 'departed') d
CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(d.v) = 'array' THEN d.v ELSE '[]'::jsonb END)
  WITH ORDINALITY AS j(value, ord)
WHERE jsonb_typeof(j.value) = 'object'
  AND (COALESCE(j.value ->> 'id', '') <> '' OR COALESCE(j.value ->> 'aadObjectId', '') <> '')
ON CONFLICT DO NOTHING;

DELETE FROM network_settings WHERE name = 'departed';
