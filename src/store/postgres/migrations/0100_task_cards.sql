-- Every card the bot sent for a task that it knows the id of (reminders in personal chats, reminders
-- and help requests in the channel), so a change made anywhere redraws them all and no old card keeps
-- offering buttons for a state the task has left. The task's first channel card stays in tasks.card_ref.
CREATE TABLE task_cards (
  tenant_id       TEXT COLLATE "C" NOT NULL,
  network_id      TEXT COLLATE "C" NOT NULL,
  task_id         TEXT COLLATE "C" NOT NULL,
  conversation_id TEXT COLLATE "C" NOT NULL,
  activity_id     TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, network_id, task_id, activity_id)
);
