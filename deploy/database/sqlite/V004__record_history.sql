-- ScanService schema, version 4 (SQLite): the history that pattern and compliance rules look back on, and the
-- rule version on their alerts (as link alerts have had since version 3).

-- Minimised keys of every accepted record, one row per key per night the record was read. Never names, phones or
-- addresses: key_value is a hash (phone, premises) or a partner reference (the record id a crime record quotes);
-- key_masked is what the digest may show; person_key is a hash that tells people apart without naming them.
-- A rerun of a night replaces that night's rows; Scan:Retention:HistoryDays bounds how far back rows are kept.
CREATE TABLE record_history (
    run_date    TEXT NOT NULL,
    source      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    record_date TEXT,
    person_key  TEXT NOT NULL,
    key_kind    TEXT NOT NULL CHECK (key_kind IN ('record', 'phone', 'premises', 'reference')),
    key_value   TEXT NOT NULL,
    key_masked  TEXT NOT NULL,
    CONSTRAINT uq_record_history UNIQUE (run_date, source, record_id, key_kind, key_value)
);

-- Patterns and compliance read every earlier night's keys of one kind.
CREATE INDEX ix_record_history_kind ON record_history (key_kind, run_date);

ALTER TABLE pattern_alerts ADD COLUMN rule_version INTEGER NOT NULL DEFAULT 1;
-- Distinct people among the members (two records of one person are two members but one person).
ALTER TABLE pattern_alerts ADD COLUMN people_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE compliance_alerts ADD COLUMN rule_version INTEGER NOT NULL DEFAULT 1;
