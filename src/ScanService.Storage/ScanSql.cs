namespace ScanService.Storage;

/// <summary>
/// The store's statements, in standard SQL shared by every provider (what differs lives in the dialect): runs here,
/// alerts, feedback and retention in the other parts. Stored words for statuses are parameters (see
/// <see cref="StoredNames"/>), never literals, so they have one spelling.
/// </summary>
internal static partial class ScanSql
{
    public const string MarkRunCompleted = """
        UPDATE scan_runs
        SET status = @Completed, finished_at = @FinishedAt
        WHERE run_id = @RunId AND run_date = @RunDate AND status = @Running
        """;

    public const string MarkRunFailed = """
        UPDATE scan_runs
        SET status = @Failed, finished_at = @FinishedAt, error = @Error
        WHERE run_id = @RunId AND status = @Running
        """;

    public const string DescribeRun = "SELECT run_date AS RunDate, status AS Status FROM scan_runs WHERE run_id = @RunId";

    public const string RecordDigest = """
        UPDATE scan_runs
        SET digest_path = @DigestPath, digest_written_at = @WrittenAt
        WHERE run_id = @RunId
        """;

    public const string CountDigestsOfDate = """
        SELECT COUNT(*) FROM scan_runs
        WHERE run_date = @RunDate AND digest_written_at IS NOT NULL
        """;

    public const string InsertSource = """
        INSERT INTO scan_run_sources (run_id, source, file_name, outcome, rows_read, accepted, rejected, field_issues, error)
        VALUES (@RunId, @Source, @FileName, @Outcome, @RowsRead, @Accepted, @Rejected, @FieldIssues, @Error)
        """;

    public const string SelectRun = RunWithSources + "\nWHERE r.run_id = @RunId" + SourceOrder;

    public const string SelectLatestCompletedRun =
        RunWithSources + "\nWHERE r.run_id = (SELECT MAX(run_id) FROM scan_runs WHERE status = @Completed)" + SourceOrder;

    private const string RunWithSources = """
        SELECT r.run_id AS RunId, r.run_date AS RunDate, r.started_at AS StartedAt, r.finished_at AS FinishedAt,
               r.status AS Status, r.rule_set_hash AS RuleSetHash, r.error AS Error, r.digest_path AS DigestPath,
               s.source AS Source, s.file_name AS FileName, s.outcome AS Outcome, s.rows_read AS RowsRead,
               s.accepted AS Accepted, s.rejected AS Rejected, s.field_issues AS FieldIssues, s.error AS SourceError
        FROM scan_runs r
        LEFT JOIN scan_run_sources s ON s.run_id = r.run_id
        """;

    private const string SourceOrder = "\nORDER BY s.source";
}
