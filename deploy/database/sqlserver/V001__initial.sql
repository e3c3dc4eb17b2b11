-- ScanService schema, version 1 (SQL Server). The same tables as deploy/database/sqlite/V001__initial.sql.
-- Run dates are DATE, instants DATETIMEOFFSET. Reference columns use a binary collation: references are exact
-- (REC-1 and rec-1 are two records, as on every other provider) and sort in ordinal order. Key columns are
-- bounded so that the link identity fits one index key (at most 1,700 bytes).
-- Batches are separated by GO lines; the MigrationRunner runs them, and the schema_version row, in one transaction.

CREATE TABLE scan_runs (
    run_id            BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_scan_runs PRIMARY KEY,
    run_date          DATE               NOT NULL,
    started_at        DATETIMEOFFSET(7)  NOT NULL,
    finished_at       DATETIMEOFFSET(7)  NULL,
    status            NVARCHAR(16)       NOT NULL CONSTRAINT ck_scan_runs_status CHECK (status IN (N'running', N'completed', N'failed')),
    rule_set_hash     NVARCHAR(200)      NOT NULL,
    error             NVARCHAR(MAX)      NULL,
    digest_path       NVARCHAR(1000)     NULL,
    digest_written_at DATETIMEOFFSET(7)  NULL
);

CREATE INDEX ix_scan_runs_run_date ON scan_runs (run_date);
CREATE INDEX ix_scan_runs_status ON scan_runs (status, run_id);

CREATE TABLE scan_run_sources (
    run_id       BIGINT         NOT NULL CONSTRAINT fk_scan_run_sources_run REFERENCES scan_runs (run_id),
    source       NVARCHAR(128)  COLLATE Latin1_General_100_BIN2 NOT NULL,
    file_name    NVARCHAR(400)  NOT NULL,
    outcome      NVARCHAR(16)   NOT NULL CONSTRAINT ck_scan_run_sources_outcome CHECK (outcome IN (N'read', N'failed', N'missing')),
    rows_read    INT            NOT NULL,
    accepted     INT            NOT NULL,
    rejected     INT            NOT NULL,
    field_issues INT            NOT NULL,
    error        NVARCHAR(MAX)  NULL,
    CONSTRAINT pk_scan_run_sources PRIMARY KEY (run_id, source)
);

CREATE TABLE link_alerts (
    alert_id          BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_link_alerts PRIMARY KEY,
    run_id            BIGINT        NOT NULL CONSTRAINT fk_link_alerts_run REFERENCES scan_runs (run_id),
    run_date          DATE          NOT NULL,
    source            NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NOT NULL,
    record_id         NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    investigation_ref NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_ref       NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NOT NULL,
    rule_id           NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NOT NULL,
    score             FLOAT         NOT NULL,
    matched_on        NVARCHAR(400) NOT NULL,
    explanation       NVARCHAR(MAX) NOT NULL,
    record_masked     NVARCHAR(400) NOT NULL,
    first_seen_date   DATE          NOT NULL,
    status            NVARCHAR(16)  NOT NULL CONSTRAINT ck_link_alerts_status CHECK (status IN (N'new', N'repeat')),
    CONSTRAINT uq_link_alerts_night UNIQUE (run_date, source, record_id, investigation_ref, subject_ref, rule_id)
);

CREATE INDEX ix_link_alerts_run ON link_alerts (run_id);
CREATE INDEX ix_link_alerts_investigation ON link_alerts (investigation_ref, run_date);
CREATE INDEX ix_link_alerts_status ON link_alerts (status, run_date);
CREATE INDEX ix_link_alerts_identity ON link_alerts (source, record_id, investigation_ref, subject_ref, rule_id, run_date);
