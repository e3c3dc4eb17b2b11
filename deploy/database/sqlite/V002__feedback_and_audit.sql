-- ScanService schema, version 2 (SQLite): analysts' dispositions, the audit log, bulk staging, and the tables
-- the pattern and compliance rules write to. Same tables and meaning on every provider (see deploy/database/README.md).

-- link_alerts gains the evidence fingerprint and the 'suppressed' status. SQLite cannot change a CHECK
-- constraint in place, so the table is rebuilt; rows written before version 2 get an empty fingerprint (it never
-- equals a real one, so such a row can never be what suppresses a link).
CREATE TABLE link_alerts_v2 (
    alert_id             INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id               INTEGER NOT NULL REFERENCES scan_runs (run_id),
    run_date             TEXT    NOT NULL,
    source               TEXT    NOT NULL,
    record_id            TEXT    NOT NULL,
    investigation_ref    TEXT    NOT NULL,
    subject_ref          TEXT    NOT NULL,
    rule_id              TEXT    NOT NULL,
    score                REAL    NOT NULL,
    matched_on           TEXT    NOT NULL,
    explanation          TEXT    NOT NULL,
    record_masked        TEXT    NOT NULL,
    evidence_fingerprint TEXT    NOT NULL DEFAULT '',
    first_seen_date      TEXT    NOT NULL,
    status               TEXT    NOT NULL CHECK (status IN ('new', 'repeat', 'suppressed')),
    -- One row per link per night. Led by the link rather than the night (version 1), so that this one index
    -- also serves the first-seen look-up: a night of 100,000 alerts maintains one wide index instead of two.
    CONSTRAINT uq_link_alerts_link UNIQUE (source, record_id, investigation_ref, subject_ref, rule_id, run_date)
);

INSERT INTO link_alerts_v2 (alert_id, run_id, run_date, source, record_id, investigation_ref, subject_ref, rule_id,
                            score, matched_on, explanation, record_masked, evidence_fingerprint, first_seen_date, status)
SELECT alert_id, run_id, run_date, source, record_id, investigation_ref, subject_ref, rule_id,
       score, matched_on, explanation, record_masked, '', first_seen_date, status
FROM link_alerts;

-- An alert id once shown to analysts (digest, export, disposition) must never be given to another alert:
-- carry the old table's high-water mark over, not just the highest id still present.
DELETE FROM sqlite_sequence WHERE name = 'link_alerts_v2';
INSERT INTO sqlite_sequence (name, seq) SELECT 'link_alerts_v2', seq FROM sqlite_sequence WHERE name = 'link_alerts';
DROP TABLE link_alerts;
ALTER TABLE link_alerts_v2 RENAME TO link_alerts;

CREATE INDEX ix_link_alerts_run ON link_alerts (run_id);
CREATE INDEX ix_link_alerts_run_date ON link_alerts (run_date);
CREATE INDEX ix_link_alerts_investigation ON link_alerts (investigation_ref, run_date);
CREATE INDEX ix_link_alerts_status ON link_alerts (status, run_date);

-- One row per link: when it was first and last alerted and on how many nights. A view, so that reruns and
-- backfills can never leave it out of step with the nightly rows.
CREATE VIEW links AS
SELECT source, record_id, investigation_ref, subject_ref, rule_id,
       MIN(run_date) AS first_seen_date, MAX(run_date) AS last_seen_date, COUNT(*) AS nights_seen
FROM link_alerts
GROUP BY source, record_id, investigation_ref, subject_ref, rule_id;

-- A night's alerts are bulk-loaded into link_alert_staging, a TEMP table the store creates per connection (see
-- SqliteDialect): rows that never outlive a transaction have no business in the database file or its WAL.

-- Analysts' verdicts. Not foreign keys to link_alerts: a rerun of the night replaces the alert row (and its id),
-- and a purge removes it, but the verdict on the link must stay.
CREATE TABLE alert_dispositions (
    disposition_id       INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_id             INTEGER NOT NULL,
    source               TEXT    NOT NULL,
    record_id            TEXT    NOT NULL,
    investigation_ref    TEXT    NOT NULL,
    subject_ref          TEXT    NOT NULL,
    rule_id              TEXT    NOT NULL,
    alert_run_date       TEXT    NOT NULL,
    evidence_fingerprint TEXT    NOT NULL,
    disposition          TEXT    NOT NULL CHECK (disposition IN ('false-positive', 'confirmed')),
    disposed_by          TEXT    NOT NULL,
    reason               TEXT    NOT NULL,
    disposed_at          TEXT    NOT NULL
);

-- The latest verdict on a link before a given night: one seek per alert while a night is written.
CREATE INDEX ix_alert_dispositions_link ON alert_dispositions (source, record_id, investigation_ref, subject_ref, rule_id, alert_run_date);
CREATE INDEX ix_alert_dispositions_alert ON alert_dispositions (alert_id);

-- Who was sent or given which data. run_id is not a foreign key: the entry outlives the run it describes.
-- occurred_at is UTC, so that its text order is time order.
CREATE TABLE audit_log (
    audit_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at TEXT    NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('digest-written', 'alerts-exported', 'alert-disposed', 'data-purged')),
    actor       TEXT    NOT NULL,
    run_id      INTEGER,
    row_count   INTEGER,
    recipients  TEXT,
    alert_ids   TEXT,
    detail      TEXT
);

CREATE INDEX ix_audit_log_occurred ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_run ON audit_log (run_id);

-- Pattern alerts (many people at one house, one phone shared by several potential victims): one row per pattern
-- per night. pattern_key identifies what the members share and is a hash or masked form, never a raw phone or
-- address; members lists the records as 'source/record_id' separated by '; '.
CREATE TABLE pattern_alerts (
    alert_id             INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id               INTEGER NOT NULL REFERENCES scan_runs (run_id),
    run_date             TEXT    NOT NULL,
    rule_id              TEXT    NOT NULL,
    pattern_key          TEXT    NOT NULL,
    key_masked           TEXT    NOT NULL,
    members              TEXT    NOT NULL,
    member_count         INTEGER NOT NULL,
    investigation_ref    TEXT,
    subject_refs         TEXT,
    score                REAL,
    explanation          TEXT    NOT NULL,
    evidence_fingerprint TEXT    NOT NULL DEFAULT '',
    first_seen_date      TEXT    NOT NULL,
    last_seen_date       TEXT    NOT NULL,
    status               TEXT    NOT NULL CHECK (status IN ('new', 'repeat', 'suppressed')),
    CONSTRAINT uq_pattern_alerts_night UNIQUE (run_date, rule_id, pattern_key)
);

CREATE INDEX ix_pattern_alerts_run ON pattern_alerts (run_id);
CREATE INDEX ix_pattern_alerts_status ON pattern_alerts (status, run_date);
CREATE INDEX ix_pattern_alerts_investigation ON pattern_alerts (investigation_ref, run_date);
CREATE INDEX ix_pattern_alerts_identity ON pattern_alerts (rule_id, pattern_key, run_date);

-- Compliance alerts (e.g. a modern slavery referral not recorded as a crime within 24 hours): one row per
-- record per rule per night; due_at is when the obligation falls due.
CREATE TABLE compliance_alerts (
    alert_id             INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id               INTEGER NOT NULL REFERENCES scan_runs (run_id),
    run_date             TEXT    NOT NULL,
    rule_id              TEXT    NOT NULL,
    alert_key            TEXT    NOT NULL,
    source               TEXT    NOT NULL,
    record_id            TEXT    NOT NULL,
    investigation_ref    TEXT,
    subject_refs         TEXT,
    due_at               TEXT,
    explanation          TEXT    NOT NULL,
    evidence_fingerprint TEXT    NOT NULL DEFAULT '',
    first_seen_date      TEXT    NOT NULL,
    last_seen_date       TEXT    NOT NULL,
    status               TEXT    NOT NULL CHECK (status IN ('new', 'repeat', 'suppressed')),
    CONSTRAINT uq_compliance_alerts_night UNIQUE (run_date, rule_id, alert_key)
);

CREATE INDEX ix_compliance_alerts_run ON compliance_alerts (run_id);
CREATE INDEX ix_compliance_alerts_status ON compliance_alerts (status, run_date);
CREATE INDEX ix_compliance_alerts_investigation ON compliance_alerts (investigation_ref, run_date);
CREATE INDEX ix_compliance_alerts_record ON compliance_alerts (source, record_id, run_date);
