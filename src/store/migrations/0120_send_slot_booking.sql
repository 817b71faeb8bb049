-- PostgreSQL only: there several instances book Teams' send slots ahead through a function (see
-- the PostgreSQL twin). SQLite serves one process, whose windows live in memory; nothing to create.
SELECT 1;
