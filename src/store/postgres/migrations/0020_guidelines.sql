-- Nyttig / Ikke nyttig per answered entry. No question text: only which entry answered and the vote.
CREATE TABLE guideline_feedback (
  tenant_id     TEXT COLLATE "C" NOT NULL,
  network_id    TEXT COLLATE "C" NOT NULL,  -- '' for answers given outside any network
  entry_id      TEXT COLLATE "C" NOT NULL,
  voter_key     TEXT COLLATE "C" NOT NULL,  -- one-way hash of tenant and user id: one vote per person and entry
  vote          TEXT COLLATE "C" NOT NULL CHECK (vote IN ('up', 'down')),
  at            TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, network_id, entry_id, voter_key)
);

-- Questions sent on to the network's leaders (text has passed the privacy guard).
CREATE TABLE guideline_escalations (
  tenant_id     TEXT COLLATE "C" NOT NULL,
  network_id    TEXT COLLATE "C" NOT NULL,
  id            TEXT COLLATE "C" NOT NULL,
  question      TEXT COLLATE "C" NOT NULL,
  asked_by      TEXT COLLATE "C" NOT NULL,  -- JSON Person
  created_at    TEXT COLLATE "C" NOT NULL,
  posted        TEXT COLLATE "C",           -- JSON {conversationId, activityId} of the card in the channel
  answered_by   TEXT COLLATE "C",           -- JSON Person
  answered_at   TEXT COLLATE "C",
  PRIMARY KEY (tenant_id, network_id, id)
);

-- A leader's saved answer: an entry only this network's questions can find.
CREATE TABLE guideline_local_answers (
  tenant_id     TEXT COLLATE "C" NOT NULL,
  network_id    TEXT COLLATE "C" NOT NULL,
  id            TEXT COLLATE "C" NOT NULL,
  question      TEXT COLLATE "C" NOT NULL,
  answer        TEXT COLLATE "C" NOT NULL,
  saved_by      TEXT COLLATE "C" NOT NULL,  -- JSON Person
  saved_at      TEXT COLLATE "C" NOT NULL,
  escalation_id TEXT COLLATE "C",
  PRIMARY KEY (tenant_id, network_id, id)
);
