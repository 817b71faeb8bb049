-- Networks: a Teams team (with the channel chosen at install) or a group chat.
CREATE TABLE networks (
  tenant_id      TEXT COLLATE "C" NOT NULL,
  network_id     TEXT COLLATE "C" NOT NULL,
  scope          TEXT COLLATE "C" NOT NULL CHECK (scope IN ('team', 'groupChat')),
  name           TEXT COLLATE "C" NOT NULL,
  team_id        TEXT COLLATE "C",
  channel_id     TEXT COLLATE "C",
  conversation   TEXT COLLATE "C" NOT NULL, -- JSON ConversationRef
  active         INTEGER NOT NULL DEFAULT 1,
  installed_by   TEXT COLLATE "C",          -- JSON Person
  created_at     TEXT COLLATE "C" NOT NULL,
  updated_at     TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, network_id)
);

-- Personal chats belong to a person, not a network: network_id is '' there.
CREATE TABLE personal_conversations (
  tenant_id      TEXT COLLATE "C" NOT NULL,
  network_id     TEXT COLLATE "C" NOT NULL DEFAULT '',
  user_id        TEXT COLLATE "C" NOT NULL,
  aad_object_id  TEXT COLLATE "C",
  name           TEXT COLLATE "C" NOT NULL,
  conversation   TEXT COLLATE "C" NOT NULL,
  created_at     TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX personal_conversations_aad ON personal_conversations (tenant_id, aad_object_id);

CREATE TABLE network_roles (
  tenant_id      TEXT COLLATE "C" NOT NULL,
  network_id     TEXT COLLATE "C" NOT NULL,
  user_id        TEXT COLLATE "C" NOT NULL,
  aad_object_id  TEXT COLLATE "C",
  name           TEXT COLLATE "C" NOT NULL,
  role           TEXT COLLATE "C" NOT NULL CHECK (role IN ('leader', 'member')),
  updated_at     TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, network_id, user_id)
);
CREATE INDEX network_roles_aad ON network_roles (tenant_id, aad_object_id);
