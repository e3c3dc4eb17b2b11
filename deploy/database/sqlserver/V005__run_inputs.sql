-- ScanService schema, version 5 (SQL Server): every input file a run read, with origin, size and SHA-256.
-- Same meaning as deploy/database/sqlite/V005.
CREATE TABLE scan_run_inputs (
    run_id     BIGINT         NOT NULL CONSTRAINT fk_scan_run_inputs_run REFERENCES scan_runs (run_id),
    file_name  NVARCHAR(400)  COLLATE Latin1_General_100_BIN2 NOT NULL,
    source     NVARCHAR(128)  COLLATE Latin1_General_100_BIN2 NOT NULL,
    origin     NVARCHAR(1000) NOT NULL,
    size_bytes BIGINT         NOT NULL,
    sha256     CHAR(64)       NOT NULL,
    CONSTRAINT pk_scan_run_inputs PRIMARY KEY (run_id, file_name)
);
