-- ScanService schema, version 6 (SQLite): nothing. On PostgreSQL and SQL Server this version creates the tables of
-- Quartz.NET's job store for 'scan serve --clustered'; an SQLite file is never shared by two nodes, so 'scan serve'
-- on SQLite keeps its schedule in memory. The version exists here so every provider counts versions the same way.
SELECT 1;
