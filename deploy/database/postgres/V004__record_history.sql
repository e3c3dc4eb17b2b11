-- ScanService schema, version 4 (PostgreSQL): the history that pattern and compliance rules look back on, and the
-- rule version on their alerts. Same meaning as deploy/database/sqlite/V004.
CREATE TABLE record_history (
    run_date    DATE             NOT NULL,
    source      TEXT COLLATE "C" NOT NULL,
    record_id   TEXT COLLATE "C" NOT NULL,
    record_date DATE,
    person_key  TEXT COLLATE "C" NOT NULL,
    key_kind    TEXT COLLATE "C" NOT NULL CONSTRAINT ck_record_history_kind CHECK (key_kind IN ('record', 'phone', 'premises', 'reference')),
    key_value   TEXT COLLATE "C" NOT NULL,
    key_masked  TEXT             NOT NULL,
    CONSTRAINT uq_record_history UNIQUE (run_date, source, record_id, key_kind, key_value)
);

CREATE INDEX ix_record_history_kind ON record_history (key_kind, run_date);

ALTER TABLE pattern_alerts ADD COLUMN rule_version INTEGER NOT NULL DEFAULT 1;
-- Distinct people among the members (two records of one person are two members but one person).
ALTER TABLE pattern_alerts ADD COLUMN people_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE compliance_alerts ADD COLUMN rule_version INTEGER NOT NULL DEFAULT 1;
