-- One meeting at a time: a per-date exception to the network's series. `date` is the date the
-- series gave the meeting (moved, cancelled, kept) or an extra meeting's own date; `revision`
-- grows at each change so calendar feeds send the same event with a higher SEQUENCE.
CREATE TABLE meeting_exceptions (
  tenant_id   TEXT NOT NULL,
  network_id  TEXT NOT NULL,
  date        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('moved', 'cancelled', 'extra', 'kept')),
  to_date     TEXT,
  start_time  TEXT,
  end_time    TEXT,
  reason      TEXT,
  holiday     INTEGER NOT NULL DEFAULT 0,
  revision    INTEGER NOT NULL,
  set_by      TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id, date)
);
