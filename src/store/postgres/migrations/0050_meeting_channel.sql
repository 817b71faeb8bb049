-- Whether a channel has ever delivered a message that did not @mention the bot: the sign that the
-- RSC permission ChannelMessage.Read.Group was granted. Only the time is kept, never the message.
CREATE TABLE network_unmentioned_seen (
  tenant_id       TEXT COLLATE "C" NOT NULL,
  network_id      TEXT COLLATE "C" NOT NULL,
  first_seen_at   TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, network_id)
);

-- Hints the bot gives at most once per meeting (e.g. "lines need an @mention here").
CREATE TABLE meeting_hints (
  tenant_id       TEXT COLLATE "C" NOT NULL,
  network_id      TEXT COLLATE "C" NOT NULL,
  meeting_id      TEXT COLLATE "C" NOT NULL,
  hint            TEXT COLLATE "C" NOT NULL,
  given_at        TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, network_id, meeting_id, hint)
);

-- The municipalities (or city districts) in the network, as the leaders set them with `kommuner`.
CREATE TABLE network_municipalities (
  tenant_id       TEXT COLLATE "C" NOT NULL,
  network_id      TEXT COLLATE "C" NOT NULL,
  names           TEXT COLLATE "C" NOT NULL,  -- JSON array of names, in the leaders' order
  updated_at      TEXT COLLATE "C" NOT NULL,
  updated_by      TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, network_id)
);
