namespace ScanService.Storage;

/// <summary>
/// The store's statements, in standard SQL shared by every provider (what differs lives in the dialect).
/// Stored words for statuses are parameters (see <see cref="StoredNames"/>), never literals, so they have one spelling.
/// </summary>
internal static class ScanSql
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

    public const string DeleteAlertsOfDate = "DELETE FROM link_alerts WHERE run_date = @RunDate";

    /// <summary>Inserted as new and first seen tonight; <see cref="RestampFirstSeen"/> then corrects both against history.</summary>
    public const string InsertAlert = """
        INSERT INTO link_alerts (run_id, run_date, source, record_id, investigation_ref, subject_ref, rule_id,
                                 score, matched_on, explanation, record_masked, first_seen_date, status)
        VALUES (@RunId, @RunDate, @Source, @RecordId, @InvestigationRef, @SubjectRef, @RuleId,
                @Score, @MatchedOn, @Explanation, @RecordMasked, @RunDate, @New)
        """;

    /// <summary>
    /// A link's first-seen date on a night is the earliest night, up to and including that one, holding the same
    /// link. Recomputed for this night and every later one, because a rerun or a backfill of an earlier night
    /// changes the history of the nights after it.
    /// </summary>
    public const string RestampFirstSeen = """
        UPDATE link_alerts
        SET first_seen_date = (
            SELECT MIN(earlier.run_date)
            FROM link_alerts earlier
            WHERE earlier.source = link_alerts.source
              AND earlier.record_id = link_alerts.record_id
              AND earlier.investigation_ref = link_alerts.investigation_ref
              AND earlier.subject_ref = link_alerts.subject_ref
              AND earlier.rule_id = link_alerts.rule_id
              AND earlier.run_date <= link_alerts.run_date)
        WHERE run_date >= @RunDate
        """;

    public const string RestampStatus = """
        UPDATE link_alerts
        SET status = CASE WHEN first_seen_date < run_date THEN @Repeat ELSE @New END
        WHERE run_date >= @RunDate
        """;

    public const string SelectAlertsOfRun = """
        SELECT alert_id AS AlertId, run_id AS RunId, run_date AS RunDate, source AS Source, record_id AS RecordId,
               investigation_ref AS InvestigationRef, subject_ref AS SubjectRef, rule_id AS RuleId, score AS Score,
               matched_on AS MatchedOn, explanation AS Explanation, record_masked AS RecordMasked,
               first_seen_date AS FirstSeenDate, status AS Status
        FROM link_alerts
        WHERE run_id = @RunId
        ORDER BY investigation_ref, subject_ref, source, record_id, rule_id
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
