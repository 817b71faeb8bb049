-- Twin of the SQLite migration of the same name. PostgreSQL has no WITHOUT ROWID (its tables are
-- heaps with the primary key beside them); what carries over is that the seen_at index served only
-- the nightly sweep (PURGE_SEEN), which may scan a day's rows instead, so each claim writes one
-- index fewer.
DROP INDEX IF EXISTS seen_activities_at;
