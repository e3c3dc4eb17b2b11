-- ScanService schema, version 5 (SQLite): every input file a run read, with where it came from, its size and
-- SHA-256, so that any night can be traced to the exact bytes and replayed from the archive.
CREATE TABLE scan_run_inputs (
    run_id     INTEGER NOT NULL REFERENCES scan_runs (run_id),
    file_name  TEXT    NOT NULL,
    source     TEXT    NOT NULL,
    origin     TEXT    NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256     TEXT    NOT NULL CHECK (length(sha256) = 64),
    PRIMARY KEY (run_id, file_name)
);
