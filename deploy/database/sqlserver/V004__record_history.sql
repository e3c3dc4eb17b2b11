-- ScanService schema, version 4 (SQL Server): the history that pattern and compliance rules look back on, and the
-- rule version on their alerts. Same meaning as deploy/database/sqlite/V004.
CREATE TABLE record_history (
    run_date    DATE          NOT NULL,
    source      NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NOT NULL,
    record_id   NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    record_date DATE          NULL,
    person_key  NVARCHAR(64)  COLLATE Latin1_General_100_BIN2 NOT NULL,
    key_kind    NVARCHAR(16)  COLLATE Latin1_General_100_BIN2 NOT NULL CONSTRAINT ck_record_history_kind CHECK (key_kind IN (N'record', N'phone', N'premises', N'reference')),
    key_value   NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    key_masked  NVARCHAR(200) NOT NULL,
    CONSTRAINT uq_record_history UNIQUE (run_date, source, record_id, key_kind, key_value)
);

CREATE INDEX ix_record_history_kind ON record_history (key_kind, run_date);

ALTER TABLE pattern_alerts ADD rule_version INT NOT NULL CONSTRAINT df_pattern_alerts_rule_version DEFAULT 1;
ALTER TABLE pattern_alerts ADD people_count INT NOT NULL CONSTRAINT df_pattern_alerts_people_count DEFAULT 0;
ALTER TABLE compliance_alerts ADD rule_version INT NOT NULL CONSTRAINT df_compliance_alerts_rule_version DEFAULT 1;
