-- ScanService schema, version 2 (PostgreSQL): analysts' dispositions, the audit log, bulk staging, and the tables
-- the pattern and compliance rules write to. Same tables and meaning as deploy/database/sqlite/V002.

-- Rows written before version 2 get an empty fingerprint: it never equals a real one.
ALTER TABLE link_alerts ADD COLUMN evidence_fingerprint TEXT NOT NULL DEFAULT '';
ALTER TABLE link_alerts
    DROP CONSTRAINT ck_link_alerts_status,
    ADD CONSTRAINT ck_link_alerts_status CHECK (status IN ('new', 'repeat', 'suppressed'));

-- One row per link per night, now led by the link: this one index also serves the first-seen look-up, so a night
-- of 100,000 alerts maintains one wide index instead of two; a narrow one finds a night's rows.
ALTER TABLE link_alerts
    DROP CONSTRAINT uq_link_alerts_night,
    ADD CONSTRAINT uq_link_alerts_link UNIQUE (source, record_id, investigation_ref, subject_ref, rule_id, run_date);
DROP INDEX ix_link_alerts_identity;
CREATE INDEX ix_link_alerts_run_date ON link_alerts (run_date);

-- One row per link: first and last night alerted. A view, so reruns and backfills never leave it out of step.
CREATE VIEW links AS
SELECT source, record_id, investigation_ref, subject_ref, rule_id,
       MIN(run_date) AS first_seen_date, MAX(run_date) AS last_seen_date, COUNT(*) AS nights_seen
FROM link_alerts
GROUP BY source, record_id, investigation_ref, subject_ref, rule_id;

-- Binary COPY target for a night's alerts, emptied again inside the same transaction. UNLOGGED: its rows never
-- outlive a transaction, so writing them to the WAL would only double the cost of a night.
CREATE UNLOGGED TABLE link_alert_staging (
    run_id               BIGINT NOT NULL,
    source               TEXT COLLATE "C",
    record_id            TEXT COLLATE "C",
    investigation_ref    TEXT COLLATE "C",
    subject_ref          TEXT COLLATE "C",
    rule_id              TEXT COLLATE "C",
    score                DOUBLE PRECISION,
    matched_on           TEXT,
    explanation          TEXT,
    record_masked        TEXT,
    evidence_fingerprint TEXT
);

-- Verdicts belong to the link, not to the alert row (a rerun replaces the row): no foreign key to link_alerts.
CREATE TABLE alert_dispositions (
    disposition_id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id             BIGINT           NOT NULL,
    source               TEXT COLLATE "C" NOT NULL,
    record_id            TEXT COLLATE "C" NOT NULL,
    investigation_ref    TEXT COLLATE "C" NOT NULL,
    subject_ref          TEXT COLLATE "C" NOT NULL,
    rule_id              TEXT COLLATE "C" NOT NULL,
    alert_run_date       DATE             NOT NULL,
    evidence_fingerprint TEXT             NOT NULL,
    disposition          TEXT             NOT NULL CONSTRAINT ck_alert_dispositions_disposition CHECK (disposition IN ('false-positive', 'confirmed')),
    disposed_by          TEXT             NOT NULL,
    reason               TEXT             NOT NULL,
    disposed_at          TIMESTAMPTZ      NOT NULL
);

CREATE INDEX ix_alert_dispositions_link ON alert_dispositions (source, record_id, investigation_ref, subject_ref, rule_id, alert_run_date);
CREATE INDEX ix_alert_dispositions_alert ON alert_dispositions (alert_id);

-- run_id is not a foreign key: the entry outlives the run it describes.
CREATE TABLE audit_log (
    audit_id    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    action      TEXT        NOT NULL CONSTRAINT ck_audit_log_action CHECK (action IN ('digest-written', 'alerts-exported', 'alert-disposed', 'data-purged')),
    actor       TEXT        NOT NULL,
    run_id      BIGINT,
    row_count   INTEGER,
    recipients  TEXT,
    alert_ids   TEXT,
    detail      TEXT
);

CREATE INDEX ix_audit_log_occurred ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_run ON audit_log (run_id);

CREATE TABLE pattern_alerts (
    alert_id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id               BIGINT           NOT NULL REFERENCES scan_runs (run_id),
    run_date             DATE             NOT NULL,
    rule_id              TEXT COLLATE "C" NOT NULL,
    pattern_key          TEXT COLLATE "C" NOT NULL,
    key_masked           TEXT             NOT NULL,
    members              TEXT             NOT NULL,
    member_count         INTEGER          NOT NULL,
    investigation_ref    TEXT COLLATE "C",
    subject_refs         TEXT,
    score                DOUBLE PRECISION,
    explanation          TEXT             NOT NULL,
    evidence_fingerprint TEXT             NOT NULL DEFAULT '',
    first_seen_date      DATE             NOT NULL,
    last_seen_date       DATE             NOT NULL,
    status               TEXT             NOT NULL CONSTRAINT ck_pattern_alerts_status CHECK (status IN ('new', 'repeat', 'suppressed')),
    CONSTRAINT uq_pattern_alerts_night UNIQUE (run_date, rule_id, pattern_key)
);

CREATE INDEX ix_pattern_alerts_run ON pattern_alerts (run_id);
CREATE INDEX ix_pattern_alerts_status ON pattern_alerts (status, run_date);
CREATE INDEX ix_pattern_alerts_investigation ON pattern_alerts (investigation_ref, run_date);
CREATE INDEX ix_pattern_alerts_identity ON pattern_alerts (rule_id, pattern_key, run_date);

CREATE TABLE compliance_alerts (
    alert_id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id               BIGINT           NOT NULL REFERENCES scan_runs (run_id),
    run_date             DATE             NOT NULL,
    rule_id              TEXT COLLATE "C" NOT NULL,
    alert_key            TEXT COLLATE "C" NOT NULL,
    source               TEXT COLLATE "C" NOT NULL,
    record_id            TEXT COLLATE "C" NOT NULL,
    investigation_ref    TEXT COLLATE "C",
    subject_refs         TEXT,
    due_at               TIMESTAMPTZ,
    explanation          TEXT             NOT NULL,
    evidence_fingerprint TEXT             NOT NULL DEFAULT '',
    first_seen_date      DATE             NOT NULL,
    last_seen_date       DATE             NOT NULL,
    status               TEXT             NOT NULL CONSTRAINT ck_compliance_alerts_status CHECK (status IN ('new', 'repeat', 'suppressed')),
    CONSTRAINT uq_compliance_alerts_night UNIQUE (run_date, rule_id, alert_key)
);

CREATE INDEX ix_compliance_alerts_run ON compliance_alerts (run_id);
CREATE INDEX ix_compliance_alerts_status ON compliance_alerts (status, run_date);
CREATE INDEX ix_compliance_alerts_investigation ON compliance_alerts (investigation_ref, run_date);
CREATE INDEX ix_compliance_alerts_record ON compliance_alerts (source, record_id, run_date);
