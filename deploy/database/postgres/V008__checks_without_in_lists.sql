-- ScanService schema, version 8 (PostgreSQL): nothing. On SQLite this version rewrites the checks of the tables a night
-- writes in bulk (history and alerts) as plain comparisons, because SQLite builds a temporary table for an IN list
-- in a CHECK on every row written; PostgreSQL tests the list directly. The version exists here so every provider
-- counts versions the same way.
SELECT 1;
