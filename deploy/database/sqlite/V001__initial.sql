-- ScanService schema, version 1 (SQLite).
-- Dates are ISO text: run dates 'yyyy-MM-dd' (so text order is date order), instants in the round-trip
-- 'O' format with their offset. Enumerations are lower-case text so that analysts' ad-hoc SQL reads plainly.
-- The MigrationRunner applies this script and its schema_version row in one transaction.

CREATE TABLE scan_runs (
    run_id            INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: an id is never reused, even after the newest run is deleted
    run_date          TEXT    NOT NULL CHECK (run_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    started_at        TEXT    NOT NULL,
    finished_at       TEXT,
    status            TEXT    NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
    rule_set_hash     TEXT    NOT NULL,
    error             TEXT,
    digest_path       TEXT,
    digest_written_at TEXT
);

-- "Was the digest of this night written?" and analysts' look-ups by night.
CREATE INDEX ix_scan_runs_run_date ON scan_runs (run_date);

-- "Latest completed run": MAX(run_id) among completed runs.
CREATE INDEX ix_scan_runs_status ON scan_runs (status, run_id);

CREATE TABLE scan_run_sources (
    run_id       INTEGER NOT NULL REFERENCES scan_runs (run_id),
    source       TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    outcome      TEXT    NOT NULL CHECK (outcome IN ('read', 'failed', 'missing')),
    rows_read    INTEGER NOT NULL,
    accepted     INTEGER NOT NULL,
    rejected     INTEGER NOT NULL,
    field_issues INTEGER NOT NULL,
    error        TEXT,
    PRIMARY KEY (run_id, source)
);

CREATE TABLE link_alerts (
    alert_id          INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id            INTEGER NOT NULL REFERENCES scan_runs (run_id),
    run_date          TEXT    NOT NULL,
    source            TEXT    NOT NULL,
    record_id         TEXT    NOT NULL,
    investigation_ref TEXT    NOT NULL,
    subject_ref       TEXT    NOT NULL,
    rule_id           TEXT    NOT NULL,
    score             REAL    NOT NULL,
    matched_on        TEXT    NOT NULL,
    explanation       TEXT    NOT NULL,
    record_masked     TEXT    NOT NULL,
    first_seen_date   TEXT    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('new', 'repeat')),
    -- One row per link per night: a rerun of a night replaces its rows instead of adding to them.
    -- Its index leads with run_date, so it also serves "the alerts of night X" (no separate run_date index).
    CONSTRAINT uq_link_alerts_night UNIQUE (run_date, source, record_id, investigation_ref, subject_ref, rule_id)
);

-- The alerts of one run (GetAlerts) and the foreign key's child side.
CREATE INDEX ix_link_alerts_run ON link_alerts (run_id);

-- Analysts: everything on one investigation, newest nights last.
CREATE INDEX ix_link_alerts_investigation ON link_alerts (investigation_ref, run_date);

-- Analysts: new (or repeat) alerts, by night.
CREATE INDEX ix_link_alerts_status ON link_alerts (status, run_date);

-- First-seen look-up: the earliest night a link was alerted is one seek on its identity.
CREATE INDEX ix_link_alerts_identity ON link_alerts (source, record_id, investigation_ref, subject_ref, rule_id, run_date);
