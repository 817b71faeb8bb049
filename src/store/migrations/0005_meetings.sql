-- The meeting series (one per network) and its standing agenda.
CREATE TABLE meeting_series (
  tenant_id       TEXT NOT NULL,
  network_id      TEXT NOT NULL,
  series          TEXT NOT NULL,  -- JSON: rrule, times, holiday policy, place
  agenda          TEXT NOT NULL,  -- JSON: the fixed agenda template
  updated_at      TEXT NOT NULL,
  updated_by      TEXT,
  PRIMARY KEY (tenant_id, network_id)
);

-- One row per held (or running) meeting. Minutes are rebuilt from meeting_entries, never stored edited.
CREATE TABLE meetings (
  tenant_id       TEXT NOT NULL,
  network_id      TEXT NOT NULL,
  id              TEXT NOT NULL,  -- M1, M2, …
  date            TEXT NOT NULL,  -- Oslo date of the meeting
  title           TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('running', 'ended')),
  agenda          TEXT NOT NULL,  -- JSON snapshot of the agenda used
  thread          TEXT,           -- JSON {conversationId, threadId} where it runs
  card_ref        TEXT,           -- JSON {conversationId, activityId} of the live meeting card
  minutes_ref     TEXT,           -- JSON {conversationId, activityId} of the posted minutes card
  started_by      TEXT NOT NULL,
  started_at      TEXT NOT NULL,
  ended_at        TEXT,
  approved_at     TEXT,           -- minutes approved (item 2 of the next meeting)
  approved_by     TEXT,
  approved_in     TEXT,           -- id of the meeting where they were approved
  PRIMARY KEY (tenant_id, network_id, id)
);
-- At most one running meeting per network.
CREATE UNIQUE INDEX meetings_one_running ON meetings (tenant_id, network_id) WHERE status = 'running';
CREATE INDEX meetings_date ON meetings (tenant_id, network_id, date);

-- The append-only log a meeting's minutes are built from.
CREATE TABLE meeting_entries (
  tenant_id       TEXT NOT NULL,
  network_id      TEXT NOT NULL,
  meeting_id      TEXT NOT NULL,
  seq             INTEGER NOT NULL,
  entry           TEXT NOT NULL,  -- JSON Entry
  PRIMARY KEY (tenant_id, network_id, meeting_id, seq)
);

-- Items members propose for the next meeting's agenda.
CREATE TABLE agenda_proposals (
  tenant_id       TEXT NOT NULL,
  network_id      TEXT NOT NULL,
  id              TEXT NOT NULL,
  meeting_date    TEXT NOT NULL,
  text            TEXT NOT NULL,
  proposed_by     TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined')),
  decided_by      TEXT,
  created_at      TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id, id)
);
