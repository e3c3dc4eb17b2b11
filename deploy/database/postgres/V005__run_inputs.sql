-- ScanService schema, version 5 (PostgreSQL): every input file a run read, with origin, size and SHA-256.
-- Same meaning as deploy/database/sqlite/V005.
CREATE TABLE scan_run_inputs (
    run_id     BIGINT  NOT NULL REFERENCES scan_runs (run_id),
    file_name  TEXT    COLLATE "C" NOT NULL,
    source     TEXT    COLLATE "C" NOT NULL,
    origin     TEXT    NOT NULL,
    size_bytes BIGINT  NOT NULL,
    sha256     CHAR(64) NOT NULL,
    PRIMARY KEY (run_id, file_name)
);
