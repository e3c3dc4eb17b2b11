-- ScanService schema, version 7 (SQLite): record_history is its own index. Until version 6 every key written cost
-- three B-trees (the table's rowid tree, the unique key and ix_record_history_kind); a national night writes
-- millions of keys, and that was nearly all of its store stage. WITHOUT ROWID keeps the rows in the primary key's
-- tree, so one B-tree is written per key, and the key leads with the kind and the night: the reads (one kind over a
-- range of nights) are a range of that tree, as ix_record_history_kind gave, without a look-up into the table.
-- The key holds the same columns as the version-4 unique constraint, so exactly the same rows are unique.
-- Same meaning on every provider (see deploy/database/README.md).
ALTER TABLE record_history RENAME TO record_history_v4;

CREATE TABLE record_history (
    run_date    TEXT NOT NULL,
    source      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    record_date TEXT,
    person_key  TEXT NOT NULL,
    key_kind    TEXT NOT NULL CHECK (key_kind IN ('record', 'phone', 'premises', 'reference')),
    key_value   TEXT NOT NULL,
    key_masked  TEXT NOT NULL,
    CONSTRAINT pk_record_history PRIMARY KEY (key_kind, run_date, source, record_id, key_value)
) WITHOUT ROWID;

-- Existing history is kept, copied in key order (each page of the new tree filled once).
INSERT INTO record_history (run_date, source, record_id, record_date, person_key, key_kind, key_value, key_masked)
SELECT run_date, source, record_id, record_date, person_key, key_kind, key_value, key_masked
FROM record_history_v4
ORDER BY key_kind, run_date, source, record_id, key_value;

-- Takes the old unique index and ix_record_history_kind with it.
DROP TABLE record_history_v4;
