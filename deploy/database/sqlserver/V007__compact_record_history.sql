-- ScanService schema, version 7 (SQL Server): record_history keyed on (key_kind, run_date, source, record_id,
-- key_value), the columns of the version-4 unique constraint led by the kind and the night, which also serves the
-- reads (one kind over a range of nights) that ix_record_history_kind served: one index maintained per key written
-- instead of two. Same meaning as deploy/database/sqlite/V007. NONCLUSTERED, as the version-4 constraint was: the
-- key may be longer than the 900 bytes a clustered key allows (1,700 for a nonclustered one). Existing rows are
-- kept; they are already unique on these columns.
ALTER TABLE record_history DROP CONSTRAINT uq_record_history;
DROP INDEX ix_record_history_kind ON record_history;
ALTER TABLE record_history ADD CONSTRAINT pk_record_history PRIMARY KEY NONCLUSTERED (key_kind, run_date, source, record_id, key_value);
