-- An experience typed in a meeting is also a note in the minutes; its entry id lets `angre` and
-- `rett referat` take it out of the log as well (issue #17).
ALTER TABLE project_experiences ADD COLUMN entry_id TEXT;
