-- A task can be cancelled (a duplicate or a mistake): 'cancelled' is neither done nor deleted. It
-- leaves the open lists and the follow-up, and can be opened again.
ALTER TABLE tasks DROP CONSTRAINT tasks_status_check;
ALTER TABLE tasks ADD CONSTRAINT tasks_status_check
  CHECK (status IN ('open', 'in_progress', 'done', 'postponed', 'deleted', 'cancelled'));
