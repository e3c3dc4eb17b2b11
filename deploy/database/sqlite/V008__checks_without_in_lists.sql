-- ScanService schema, version 8 (SQLite): the checks of the tables a night writes in bulk test plain comparisons
-- instead of IN lists. SQLite evaluates "x IN ('a', 'b', 'c')" in a CHECK by building a small temporary table for
-- the list on every row written (EXPLAIN shows an OpenEphemeral per insert); a national night writes about
-- 1.4 million history keys and 350,000 alerts, and that check was about a third of writing a history key. Each new
-- check admits exactly the same words as the old. SQLite cannot change a CHECK in place, so the four tables are
-- rebuilt, keeping their rows, their ids (and the highest id ever given) and their indexes. PostgreSQL and SQL
-- Server test an IN list directly: there the version is empty.

-- record_history: the key of version 7, unchanged.
ALTER TABLE record_history RENAME TO record_history_v7;

CREATE TABLE record_history (
    run_date    TEXT NOT NULL,
    source      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    record_date TEXT,
    person_key  TEXT NOT NULL,
    key_kind    TEXT NOT NULL CHECK (key_kind = 'record' OR key_kind = 'phone' OR key_kind = 'premises' OR key_kind = 'reference'),
    key_value   TEXT NOT NULL,
    key_masked  TEXT NOT NULL,
    CONSTRAINT pk_record_history PRIMARY KEY (key_kind, run_date, source, record_id, key_value)
) WITHOUT ROWID;

-- Copied in key order, so that each page of the new tree is filled once.
INSERT INTO record_history (run_date, source, record_id, record_date, person_key, key_kind, key_value, key_masked)
SELECT run_date, source, record_id, record_date, person_key, key_kind, key_value, key_masked
FROM record_history_v7
ORDER BY key_kind, run_date, source, record_id, key_value;

DROP TABLE record_history_v7;

-- link_alerts, with the view over it (a view naming a table that is being replaced would stop the rename).
DROP VIEW links;

CREATE TABLE link_alerts_v8 (
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
    status               TEXT    NOT NULL CHECK (status = 'new' OR status = 'repeat' OR status = 'suppressed'),
    rule_version         INTEGER NOT NULL DEFAULT 1,
    rule_set_hash        TEXT    NOT NULL DEFAULT '',
    -- One row per link per night, led by the link, so that this one index also serves the first-seen look-up.
    CONSTRAINT uq_link_alerts_link UNIQUE (source, record_id, investigation_ref, subject_ref, rule_id, run_date)
);

INSERT INTO link_alerts_v8 (alert_id, run_id, run_date, source, record_id, investigation_ref, subject_ref, rule_id, score,
                            matched_on, explanation, record_masked, evidence_fingerprint, first_seen_date, status,
                            rule_version, rule_set_hash)
SELECT alert_id, run_id, run_date, source, record_id, investigation_ref, subject_ref, rule_id, score,
       matched_on, explanation, record_masked, evidence_fingerprint, first_seen_date, status, rule_version, rule_set_hash
FROM link_alerts;

-- An alert id once shown to analysts must never be given to another alert: the high-water mark is carried over.
DELETE FROM sqlite_sequence WHERE name = 'link_alerts_v8';
INSERT INTO sqlite_sequence (name, seq) SELECT 'link_alerts_v8', seq FROM sqlite_sequence WHERE name = 'link_alerts';
DROP TABLE link_alerts;
ALTER TABLE link_alerts_v8 RENAME TO link_alerts;

CREATE INDEX ix_link_alerts_run ON link_alerts (run_id);
CREATE INDEX ix_link_alerts_run_date ON link_alerts (run_date);
CREATE INDEX ix_link_alerts_investigation ON link_alerts (investigation_ref, run_date);
CREATE INDEX ix_link_alerts_status ON link_alerts (status, run_date);

CREATE VIEW links AS
SELECT source, record_id, investigation_ref, subject_ref, rule_id,
       MIN(run_date) AS first_seen_date, MAX(run_date) AS last_seen_date, COUNT(*) AS nights_seen
FROM link_alerts
GROUP BY source, record_id, investigation_ref, subject_ref, rule_id;

-- pattern_alerts
CREATE TABLE pattern_alerts_v8 (
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
    status               TEXT    NOT NULL CHECK (status = 'new' OR status = 'repeat' OR status = 'suppressed'),
    rule_version         INTEGER NOT NULL DEFAULT 1,
    people_count         INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT uq_pattern_alerts_night UNIQUE (run_date, rule_id, pattern_key)
);

INSERT INTO pattern_alerts_v8 (alert_id, run_id, run_date, rule_id, pattern_key, key_masked, members, member_count,
                               investigation_ref, subject_refs, score, explanation, evidence_fingerprint,
                               first_seen_date, last_seen_date, status, rule_version, people_count)
SELECT alert_id, run_id, run_date, rule_id, pattern_key, key_masked, members, member_count,
       investigation_ref, subject_refs, score, explanation, evidence_fingerprint,
       first_seen_date, last_seen_date, status, rule_version, people_count
FROM pattern_alerts;

DELETE FROM sqlite_sequence WHERE name = 'pattern_alerts_v8';
INSERT INTO sqlite_sequence (name, seq) SELECT 'pattern_alerts_v8', seq FROM sqlite_sequence WHERE name = 'pattern_alerts';
DROP TABLE pattern_alerts;
ALTER TABLE pattern_alerts_v8 RENAME TO pattern_alerts;

CREATE INDEX ix_pattern_alerts_run ON pattern_alerts (run_id);
CREATE INDEX ix_pattern_alerts_status ON pattern_alerts (status, run_date);
CREATE INDEX ix_pattern_alerts_investigation ON pattern_alerts (investigation_ref, run_date);
CREATE INDEX ix_pattern_alerts_identity ON pattern_alerts (rule_id, pattern_key, run_date);

-- compliance_alerts
CREATE TABLE compliance_alerts_v8 (
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
    status               TEXT    NOT NULL CHECK (status = 'new' OR status = 'repeat' OR status = 'suppressed'),
    rule_version         INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT uq_compliance_alerts_night UNIQUE (run_date, rule_id, alert_key)
);

INSERT INTO compliance_alerts_v8 (alert_id, run_id, run_date, rule_id, alert_key, source, record_id, investigation_ref,
                                  subject_refs, due_at, explanation, evidence_fingerprint, first_seen_date,
                                  last_seen_date, status, rule_version)
SELECT alert_id, run_id, run_date, rule_id, alert_key, source, record_id, investigation_ref,
       subject_refs, due_at, explanation, evidence_fingerprint, first_seen_date, last_seen_date, status, rule_version
FROM compliance_alerts;

DELETE FROM sqlite_sequence WHERE name = 'compliance_alerts_v8';
INSERT INTO sqlite_sequence (name, seq) SELECT 'compliance_alerts_v8', seq FROM sqlite_sequence WHERE name = 'compliance_alerts';
DROP TABLE compliance_alerts;
ALTER TABLE compliance_alerts_v8 RENAME TO compliance_alerts;

CREATE INDEX ix_compliance_alerts_run ON compliance_alerts (run_id);
CREATE INDEX ix_compliance_alerts_status ON compliance_alerts (status, run_date);
CREATE INDEX ix_compliance_alerts_investigation ON compliance_alerts (investigation_ref, run_date);
CREATE INDEX ix_compliance_alerts_record ON compliance_alerts (source, record_id, run_date);
