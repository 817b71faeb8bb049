-- The meeting series (one per network) and its standing agenda.
CREATE TABLE meeting_series (
  tenant_id       TEXT COLLATE "C" NOT NULL,
  network_id      TEXT COLLATE "C" NOT NULL,
  series          TEXT COLLATE "C" NOT NULL,  -- JSON: rrule, times, holiday policy, place
  agenda          TEXT COLLATE "C" NOT NULL,  -- JSON: the fixed agenda template
  updated_at      TEXT COLLATE "C" NOT NULL,
  updated_by      TEXT COLLATE "C",
  PRIMARY KEY (tenant_id, network_id)
);

-- One row per held (or running) meeting. Minutes are rebuilt from meeting_entries, never stored edited.
CREATE TABLE meetings (
  tenant_id       TEXT COLLATE "C" NOT NULL,
  network_id      TEXT COLLATE "C" NOT NULL,
  id              TEXT COLLATE "C" NOT NULL,  -- M1, M2, …
  date            TEXT COLLATE "C" NOT NULL,  -- Oslo date of the meeting
  title           TEXT COLLATE "C" NOT NULL,
  status          TEXT COLLATE "C" NOT NULL CHECK (status IN ('running', 'ended')),
  agenda          TEXT COLLATE "C" NOT NULL,  -- JSON snapshot of the agenda used
  thread          TEXT COLLATE "C",           -- JSON {conversationId, threadId} where it runs
  card_ref        TEXT COLLATE "C",           -- JSON {conversationId, activityId} of the live meeting card
  minutes_ref     TEXT COLLATE "C",           -- JSON {conversationId, activityId} of the posted minutes card
  started_by      TEXT COLLATE "C" NOT NULL,
  started_at      TEXT COLLATE "C" NOT NULL,
  ended_at        TEXT COLLATE "C",
  approved_at     TEXT COLLATE "C",           -- minutes approved (item 2 of the next meeting)
  approved_by     TEXT COLLATE "C",
  approved_in     TEXT COLLATE "C",           -- id of the meeting where they were approved
  PRIMARY KEY (tenant_id, network_id, id)
);
-- At most one running meeting per network.
CREATE UNIQUE INDEX meetings_one_running ON meetings (tenant_id, network_id) WHERE status = 'running';
CREATE INDEX meetings_date ON meetings (tenant_id, network_id, date);

-- The append-only log a meeting's minutes are built from.
CREATE TABLE meeting_entries (
  tenant_id       TEXT COLLATE "C" NOT NULL,
  network_id      TEXT COLLATE "C" NOT NULL,
  meeting_id      TEXT COLLATE "C" NOT NULL,
  seq             INTEGER NOT NULL,
  entry           TEXT COLLATE "C" NOT NULL,  -- JSON Entry
  PRIMARY KEY (tenant_id, network_id, meeting_id, seq)
);

-- Items members propose for the next meeting's agenda.
CREATE TABLE agenda_proposals (
  tenant_id       TEXT COLLATE "C" NOT NULL,
  network_id      TEXT COLLATE "C" NOT NULL,
  id              TEXT COLLATE "C" NOT NULL,
  meeting_date    TEXT COLLATE "C" NOT NULL,
  text            TEXT COLLATE "C" NOT NULL,
  proposed_by     TEXT COLLATE "C" NOT NULL,
  status          TEXT COLLATE "C" NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined')),
  decided_by      TEXT COLLATE "C",
  created_at      TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, network_id, id)
);
