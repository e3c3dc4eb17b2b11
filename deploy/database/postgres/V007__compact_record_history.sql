-- ScanService schema, version 7 (PostgreSQL): record_history keyed on (key_kind, run_date, source, record_id,
-- key_value), the columns of the version-4 unique constraint led by the kind and the night, which also serves the
-- reads (one kind over a range of nights) that ix_record_history_kind served: one index maintained per key written
-- instead of two. Same meaning as deploy/database/sqlite/V007 (where the table becomes its own index). Existing
-- rows are kept; they are already unique on these columns.
ALTER TABLE record_history DROP CONSTRAINT uq_record_history;
DROP INDEX ix_record_history_kind;
ALTER TABLE record_history ADD CONSTRAINT pk_record_history PRIMARY KEY (key_kind, run_date, source, record_id, key_value);
