-- Networks: a Teams team (with the channel chosen at install) or a group chat.
CREATE TABLE networks (
  tenant_id      TEXT NOT NULL,
  network_id     TEXT NOT NULL,
  scope          TEXT NOT NULL CHECK (scope IN ('team', 'groupChat')),
  name           TEXT NOT NULL,
  team_id        TEXT,
  channel_id     TEXT,
  conversation   TEXT NOT NULL, -- JSON ConversationRef
  active         INTEGER NOT NULL DEFAULT 1,
  installed_by   TEXT,          -- JSON Person
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id)
);

-- Personal chats belong to a person, not a network: network_id is '' there.
CREATE TABLE personal_conversations (
  tenant_id      TEXT NOT NULL,
  network_id     TEXT NOT NULL DEFAULT '',
  user_id        TEXT NOT NULL,
  aad_object_id  TEXT,
  name           TEXT NOT NULL,
  conversation   TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX personal_conversations_aad ON personal_conversations (tenant_id, aad_object_id);

CREATE TABLE network_roles (
  tenant_id      TEXT NOT NULL,
  network_id     TEXT NOT NULL,
  user_id        TEXT NOT NULL,
  aad_object_id  TEXT,
  name           TEXT NOT NULL,
  role           TEXT NOT NULL CHECK (role IN ('leader', 'member')),
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (tenant_id, network_id, user_id)
);
CREATE INDEX network_roles_aad ON network_roles (tenant_id, aad_object_id);
