-- PostgreSQL only: there several instances share Teams' send windows through a table (see the
-- PostgreSQL twin). SQLite serves one process, whose windows live in memory; nothing to create.
SELECT 1;
