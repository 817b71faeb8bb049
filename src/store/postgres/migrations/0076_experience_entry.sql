-- See the SQLite twin: the minutes entry an experience typed in a meeting was written as.
ALTER TABLE project_experiences ADD COLUMN entry_id TEXT COLLATE "C";
