-- Checklist items ticked on a deadline's card: JSON [{item, by, at}], one shared state for every member.
ALTER TABLE deadlines ADD COLUMN checks TEXT COLLATE "C" NOT NULL DEFAULT '[]';
