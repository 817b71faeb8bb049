-- A claim names the process (scheduler) that holds it, so a heartbeat renews only its own
-- claims and a shutdown hands back only its own, never a job another process took over.
ALTER TABLE jobs ADD COLUMN claimed_by TEXT COLLATE "C";
