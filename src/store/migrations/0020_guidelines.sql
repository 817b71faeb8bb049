-- Nyttig / Ikke nyttig per answered entry. No question text: only which entry answered and the vote.
CREATE TABLE guideline_feedback (
  tenant_id     TEXT NOT NULL,
  network_id    TEXT NOT NULL,  -- '' for answers given outside any network
  entry_id      TEXT NOT NULL,
  voter_key     TEXT NOT NULL,  -- one-way hash of tenant and user id: one vote per person and entry
  vote          TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  at            TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id, entry_id, voter_key)
);

-- Questions sent on to the network's leaders (text has passed the privacy guard).
CREATE TABLE guideline_escalations (
  tenant_id     TEXT NOT NULL,
  network_id    TEXT NOT NULL,
  id            TEXT NOT NULL,
  question      TEXT NOT NULL,
  asked_by      TEXT NOT NULL,  -- JSON Person
  created_at    TEXT NOT NULL,
  posted        TEXT,           -- JSON {conversationId, activityId} of the card in the channel
  answered_by   TEXT,           -- JSON Person
  answered_at   TEXT,
  PRIMARY KEY (tenant_id, network_id, id)
);

-- A leader's saved answer: an entry only this network's questions can find.
CREATE TABLE guideline_local_answers (
  tenant_id     TEXT NOT NULL,
  network_id    TEXT NOT NULL,
  id            TEXT NOT NULL,
  question      TEXT NOT NULL,
  answer        TEXT NOT NULL,
  saved_by      TEXT NOT NULL,  -- JSON Person
  saved_at      TEXT NOT NULL,
  escalation_id TEXT,
  PRIMARY KEY (tenant_id, network_id, id)
);
