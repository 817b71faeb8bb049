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

-- The leavings kept in the setting move over in their order (the oldest first, numbered from 0 as
-- SQLite's json_each does). A setting that is not valid JSON is skipped, as SQLite's json_valid
-- skips it: PostgreSQL 15 has no IS JSON, so each value is cast where a failed cast can be caught.
DO $$
DECLARE
  s record;
  v jsonb;
BEGIN
  FOR s IN SELECT tenant_id, network_id, value FROM network_settings WHERE name = 'departed' LOOP
    BEGIN
      v := s.value::jsonb;
    EXCEPTION WHEN data_exception THEN
      CONTINUE;
    END;
    IF jsonb_typeof(v) <> 'array' THEN
      CONTINUE;
    END IF;
    INSERT INTO departed_members (tenant_id, network_id, user_id, aad_object_id, left_at)
    SELECT s.tenant_id, s.network_id,
           COALESCE(j.value ->> 'id', ''),
           LOWER(COALESCE(j.value ->> 'aadObjectId', '')),
           '1970-01-01T00:00:00.' || lpad((j.ord - 1)::text, 6, '0') || 'Z'
    FROM jsonb_array_elements(v) WITH ORDINALITY AS j(value, ord)
    WHERE jsonb_typeof(j.value) = 'object'
      AND (COALESCE(j.value ->> 'id', '') <> '' OR COALESCE(j.value ->> 'aadObjectId', '') <> '')
    ON CONFLICT DO NOTHING;
  END LOOP;
END
$$;

DELETE FROM network_settings WHERE name = 'departed';
