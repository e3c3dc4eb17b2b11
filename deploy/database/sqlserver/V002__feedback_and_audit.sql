-- ScanService schema, version 2 (SQL Server): analysts' dispositions, the audit log, bulk staging, and the tables
-- the pattern and compliance rules write to. Same tables and meaning as deploy/database/sqlite/V002.
-- A batch cannot use a column added earlier in the same batch, and CREATE VIEW must stand alone: hence the GOs.

-- Rows written before version 2 get an empty fingerprint: it never equals a real one.
ALTER TABLE link_alerts ADD evidence_fingerprint NVARCHAR(64) NOT NULL CONSTRAINT df_link_alerts_fingerprint DEFAULT N'';
ALTER TABLE link_alerts DROP CONSTRAINT ck_link_alerts_status;
ALTER TABLE link_alerts ADD CONSTRAINT ck_link_alerts_status CHECK (status IN (N'new', N'repeat', N'suppressed'));

-- One row per link per night, now led by the link: this one index also serves the first-seen look-up, so a night
-- of 100,000 alerts maintains one wide index instead of two; a narrow one finds a night's rows.
ALTER TABLE link_alerts DROP CONSTRAINT uq_link_alerts_night;
ALTER TABLE link_alerts ADD CONSTRAINT uq_link_alerts_link UNIQUE (source, record_id, investigation_ref, subject_ref, rule_id, run_date);
DROP INDEX ix_link_alerts_identity ON link_alerts;
CREATE INDEX ix_link_alerts_run_date ON link_alerts (run_date);
GO

-- One row per link: first and last night alerted. A view, so reruns and backfills never leave it out of step.
CREATE VIEW links AS
SELECT source, record_id, investigation_ref, subject_ref, rule_id,
       MIN(run_date) AS first_seen_date, MAX(run_date) AS last_seen_date, COUNT_BIG(*) AS nights_seen
FROM link_alerts
GROUP BY source, record_id, investigation_ref, subject_ref, rule_id;
GO

-- SqlBulkCopy target for a night's alerts, emptied again inside the same transaction. Clustered on run_id so that
-- two nights being written at once each read only their own rows.
CREATE TABLE link_alert_staging (
    run_id               BIGINT        NOT NULL,
    source               NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NULL,
    record_id            NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NULL,
    investigation_ref    NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NULL,
    subject_ref          NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NULL,
    rule_id              NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NULL,
    score                FLOAT         NULL,
    matched_on           NVARCHAR(400) NULL,
    explanation          NVARCHAR(MAX) NULL,
    record_masked        NVARCHAR(400) NULL,
    evidence_fingerprint NVARCHAR(64)  NULL
);

CREATE CLUSTERED INDEX cx_link_alert_staging_run ON link_alert_staging (run_id);

-- Verdicts belong to the link, not to the alert row (a rerun replaces the row): no foreign key to link_alerts.
CREATE TABLE alert_dispositions (
    disposition_id       BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_alert_dispositions PRIMARY KEY,
    alert_id             BIGINT            NOT NULL,
    source               NVARCHAR(128)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    record_id            NVARCHAR(200)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    investigation_ref    NVARCHAR(128)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_ref          NVARCHAR(128)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    rule_id              NVARCHAR(128)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    alert_run_date       DATE              NOT NULL,
    evidence_fingerprint NVARCHAR(64)      NOT NULL,
    disposition          NVARCHAR(16)      NOT NULL CONSTRAINT ck_alert_dispositions_disposition CHECK (disposition IN (N'false-positive', N'confirmed')),
    disposed_by          NVARCHAR(200)     NOT NULL,
    reason               NVARCHAR(MAX)     NOT NULL,
    disposed_at          DATETIMEOFFSET(7) NOT NULL
);

CREATE INDEX ix_alert_dispositions_link ON alert_dispositions (source, record_id, investigation_ref, subject_ref, rule_id, alert_run_date);
CREATE INDEX ix_alert_dispositions_alert ON alert_dispositions (alert_id);

-- run_id is not a foreign key: the entry outlives the run it describes.
CREATE TABLE audit_log (
    audit_id    BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_audit_log PRIMARY KEY,
    occurred_at DATETIMEOFFSET(7) NOT NULL,
    action      NVARCHAR(32)      NOT NULL CONSTRAINT ck_audit_log_action CHECK (action IN (N'digest-written', N'alerts-exported', N'alert-disposed', N'data-purged')),
    actor       NVARCHAR(200)     NOT NULL,
    run_id      BIGINT            NULL,
    row_count   INT               NULL,
    recipients  NVARCHAR(MAX)     NULL,
    alert_ids   NVARCHAR(MAX)     NULL,
    detail      NVARCHAR(MAX)     NULL
);

CREATE INDEX ix_audit_log_occurred ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_run ON audit_log (run_id);

CREATE TABLE pattern_alerts (
    alert_id             BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_pattern_alerts PRIMARY KEY,
    run_id               BIGINT        NOT NULL CONSTRAINT fk_pattern_alerts_run REFERENCES scan_runs (run_id),
    run_date             DATE          NOT NULL,
    rule_id              NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NOT NULL,
    pattern_key          NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    key_masked           NVARCHAR(400) NOT NULL,
    members              NVARCHAR(MAX) NOT NULL,
    member_count         INT           NOT NULL,
    investigation_ref    NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NULL,
    subject_refs         NVARCHAR(MAX) NULL,
    score                FLOAT         NULL,
    explanation          NVARCHAR(MAX) NOT NULL,
    evidence_fingerprint NVARCHAR(64)  NOT NULL CONSTRAINT df_pattern_alerts_fingerprint DEFAULT N'',
    first_seen_date      DATE          NOT NULL,
    last_seen_date       DATE          NOT NULL,
    status               NVARCHAR(16)  NOT NULL CONSTRAINT ck_pattern_alerts_status CHECK (status IN (N'new', N'repeat', N'suppressed')),
    CONSTRAINT uq_pattern_alerts_night UNIQUE (run_date, rule_id, pattern_key)
);

CREATE INDEX ix_pattern_alerts_run ON pattern_alerts (run_id);
CREATE INDEX ix_pattern_alerts_status ON pattern_alerts (status, run_date);
CREATE INDEX ix_pattern_alerts_investigation ON pattern_alerts (investigation_ref, run_date);
CREATE INDEX ix_pattern_alerts_identity ON pattern_alerts (rule_id, pattern_key, run_date);

CREATE TABLE compliance_alerts (
    alert_id             BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_compliance_alerts PRIMARY KEY,
    run_id               BIGINT            NOT NULL CONSTRAINT fk_compliance_alerts_run REFERENCES scan_runs (run_id),
    run_date             DATE              NOT NULL,
    rule_id              NVARCHAR(128)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    alert_key            NVARCHAR(400)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    source               NVARCHAR(128)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    record_id            NVARCHAR(200)     COLLATE Latin1_General_100_BIN2 NOT NULL,
    investigation_ref    NVARCHAR(128)     COLLATE Latin1_General_100_BIN2 NULL,
    subject_refs         NVARCHAR(MAX)     NULL,
    due_at               DATETIMEOFFSET(7) NULL,
    explanation          NVARCHAR(MAX)     NOT NULL,
    evidence_fingerprint NVARCHAR(64)      NOT NULL CONSTRAINT df_compliance_alerts_fingerprint DEFAULT N'',
    first_seen_date      DATE              NOT NULL,
    last_seen_date       DATE              NOT NULL,
    status               NVARCHAR(16)      NOT NULL CONSTRAINT ck_compliance_alerts_status CHECK (status IN (N'new', N'repeat', N'suppressed')),
    CONSTRAINT uq_compliance_alerts_night UNIQUE (run_date, rule_id, alert_key)
);

CREATE INDEX ix_compliance_alerts_run ON compliance_alerts (run_id);
CREATE INDEX ix_compliance_alerts_status ON compliance_alerts (status, run_date);
CREATE INDEX ix_compliance_alerts_investigation ON compliance_alerts (investigation_ref, run_date);
CREATE INDEX ix_compliance_alerts_record ON compliance_alerts (source, record_id, run_date);
