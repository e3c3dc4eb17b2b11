-- ScanService schema, version 8 (SQLite): record_history checks its kind with plain comparisons. SQLite evaluates
-- "key_kind IN ('record', 'phone', 'premises', 'reference')" in a CHECK by building a small temporary table for the
-- list on every row written; a national night writes about 1.4 million keys, and that check was about a third of
-- writing them. The new check admits exactly the same four words. SQLite cannot change a CHECK in place, so the
-- table is rebuilt, keeping its rows. PostgreSQL and SQL Server test an IN list directly: there the version is empty.
ALTER TABLE record_history RENAME TO record_history_v7;

CREATE TABLE record_history (
    run_date    TEXT NOT NULL,
    source      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    record_date TEXT,
    person_key  TEXT NOT NULL,
    key_kind    TEXT NOT NULL CHECK (key_kind = 'record' OR key_kind = 'phone' OR key_kind = 'premises' OR key_kind = 'reference'),
    key_value   TEXT NOT NULL,
    key_masked  TEXT NOT NULL,
    CONSTRAINT pk_record_history PRIMARY KEY (key_kind, run_date, source, record_id, key_value)
) WITHOUT ROWID;

-- Copied in key order, so that each page of the new tree is filled once.
INSERT INTO record_history (run_date, source, record_id, record_date, person_key, key_kind, key_value, key_masked)
SELECT run_date, source, record_id, record_date, person_key, key_kind, key_value, key_masked
FROM record_history_v7
ORDER BY key_kind, run_date, source, record_id, key_value;

DROP TABLE record_history_v7;
