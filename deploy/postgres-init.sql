-- Runs once, when the compose file's PostgreSQL starts on an empty volume: the bot connects as a
-- role that is not a superuser and owns its database, as on Azure Database for PostgreSQL.
CREATE ROLE nettverksboten LOGIN PASSWORD 'nettverksboten' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE nettverksboten OWNER nettverksboten;
