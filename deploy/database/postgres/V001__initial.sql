-- ScanService schema, version 1 (PostgreSQL). The same tables as deploy/database/sqlite/V001__initial.sql.
-- Run dates are DATE, instants TIMESTAMPTZ. Reference columns use the "C" collation so that they sort in
-- ordinal order, as on every other provider, whatever the database's default locale.
-- Enumerations are lower-case text so that analysts' ad-hoc SQL reads plainly.
-- The MigrationRunner applies this script and its schema_version row in one transaction.

CREATE TABLE scan_runs (
    run_id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- a sequence: an id is never reused
    run_date          DATE        NOT NULL,
    started_at        TIMESTAMPTZ NOT NULL,
    finished_at       TIMESTAMPTZ,
    status            TEXT        NOT NULL CONSTRAINT ck_scan_runs_status CHECK (status IN ('running', 'completed', 'failed')),
    rule_set_hash     TEXT        NOT NULL,
    error             TEXT,
    digest_path       TEXT,
    digest_written_at TIMESTAMPTZ
);

CREATE INDEX ix_scan_runs_run_date ON scan_runs (run_date);
CREATE INDEX ix_scan_runs_status ON scan_runs (status, run_id);

CREATE TABLE scan_run_sources (
    run_id       BIGINT  NOT NULL REFERENCES scan_runs (run_id),
    source       TEXT    COLLATE "C" NOT NULL,
    file_name    TEXT    NOT NULL,
    outcome      TEXT    NOT NULL CONSTRAINT ck_scan_run_sources_outcome CHECK (outcome IN ('read', 'failed', 'missing')),
    rows_read    INTEGER NOT NULL,
    accepted     INTEGER NOT NULL,
    rejected     INTEGER NOT NULL,
    field_issues INTEGER NOT NULL,
    error        TEXT,
    PRIMARY KEY (run_id, source)
);

CREATE TABLE link_alerts (
    alert_id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id            BIGINT           NOT NULL REFERENCES scan_runs (run_id),
    run_date          DATE             NOT NULL,
    source            TEXT COLLATE "C" NOT NULL,
    record_id         TEXT COLLATE "C" NOT NULL,
    investigation_ref TEXT COLLATE "C" NOT NULL,
    subject_ref       TEXT COLLATE "C" NOT NULL,
    rule_id           TEXT COLLATE "C" NOT NULL,
    score             DOUBLE PRECISION NOT NULL,
    matched_on        TEXT             NOT NULL,
    explanation       TEXT             NOT NULL,
    record_masked     TEXT             NOT NULL,
    first_seen_date   DATE             NOT NULL,
    status            TEXT             NOT NULL CONSTRAINT ck_link_alerts_status CHECK (status IN ('new', 'repeat')),
    -- One row per link per night; leads with run_date, so it also serves "the alerts of night X".
    CONSTRAINT uq_link_alerts_night UNIQUE (run_date, source, record_id, investigation_ref, subject_ref, rule_id)
);

CREATE INDEX ix_link_alerts_run ON link_alerts (run_id);
CREATE INDEX ix_link_alerts_investigation ON link_alerts (investigation_ref, run_date);
CREATE INDEX ix_link_alerts_status ON link_alerts (status, run_date);
CREATE INDEX ix_link_alerts_identity ON link_alerts (source, record_id, investigation_ref, subject_ref, rule_id, run_date);
