-- One meeting at a time: a per-date exception to the network's series. `date` is the date the
-- series gave the meeting (moved, cancelled, kept) or an extra meeting's own date; `revision`
-- grows at each change so calendar feeds send the same event with a higher SEQUENCE.
CREATE TABLE meeting_exceptions (
  tenant_id   TEXT COLLATE "C" NOT NULL,
  network_id  TEXT COLLATE "C" NOT NULL,
  date        TEXT COLLATE "C" NOT NULL,
  kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('moved', 'cancelled', 'extra', 'kept')),
  to_date     TEXT COLLATE "C",
  start_time  TEXT COLLATE "C",
  end_time    TEXT COLLATE "C",
  reason      TEXT COLLATE "C",
  holiday     INTEGER NOT NULL DEFAULT 0,
  revision    INTEGER NOT NULL,
  set_by      TEXT COLLATE "C" NOT NULL,
  updated_at  TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, network_id, date)
);
