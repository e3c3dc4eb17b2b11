using System.Globalization;

namespace ScanService.Storage;

/// <summary>Writing a night's link alerts into <c>link_alerts</c> with first-seen and status: staged in bulk and moved, or (SQLite) inserted one by one.</summary>
internal static partial class ScanSql
{
    public const string DeleteAlertsOfDate = "DELETE FROM link_alerts WHERE run_date = @RunDate";

    /// <summary>The staging columns in the order every bulk writer sends them.</summary>
    public static readonly string[] StagingColumns =
    [
        "run_id", "source", "record_id", "investigation_ref", "subject_ref", "rule_id", "score",
        "matched_on", "explanation", "record_masked", "evidence_fingerprint", "rule_version",
    ];

    /// <summary>One staged alert, for providers without a bulk API (SQLite): one prepared command, re-bound per row.</summary>
    public const string InsertStagedAlert = """
        INSERT INTO link_alert_staging (run_id, source, record_id, investigation_ref, subject_ref, rule_id, score,
                                        matched_on, explanation, record_masked, evidence_fingerprint, rule_version)
        VALUES (@RunId, @Source, @RecordId, @InvestigationRef, @SubjectRef, @RuleId, @Score,
                @MatchedOn, @Explanation, @RecordMasked, @EvidenceFingerprint, @RuleVersion)
        """;

    /// <summary>
    /// Moves the staged night into <c>link_alerts</c>, each row written once with its final first-seen date (the
    /// earliest night holding the same link) and new/repeat status; dispositions are applied after, to the few rows
    /// they concern. Earlier nights only: the night's own old rows were deleted first. The history look-up is one
    /// seek on <c>uq_link_alerts_link</c> per alert. The rule-set hash is the run's own (<c>@RuleSetHash</c>), copied so
    /// that each alert says which rules raised it even when read alone (an export, a purge survivor).
    /// </summary>
    public const string MoveStagedAlerts = """
        INSERT INTO link_alerts (run_id, run_date, source, record_id, investigation_ref, subject_ref, rule_id, score,
                                 matched_on, explanation, record_masked, evidence_fingerprint, first_seen_date, status,
                                 rule_version, rule_set_hash)
        SELECT seen.run_id, @RunDate, seen.source, seen.record_id, seen.investigation_ref, seen.subject_ref,
               seen.rule_id, seen.score, seen.matched_on, seen.explanation, seen.record_masked, seen.evidence_fingerprint,
               COALESCE(seen.first_seen_date, @RunDate),
               CASE WHEN seen.first_seen_date IS NULL THEN @New ELSE @Repeat END,
               seen.rule_version, @RuleSetHash
        FROM (SELECT staged.*,
                     (SELECT MIN(earlier.run_date) FROM link_alerts earlier
                      WHERE earlier.source = staged.source
                        AND earlier.record_id = staged.record_id
                        AND earlier.investigation_ref = staged.investigation_ref
                        AND earlier.subject_ref = staged.subject_ref
                        AND earlier.rule_id = staged.rule_id
                        AND earlier.run_date < @RunDate) AS first_seen_date
              FROM link_alert_staging staged
              WHERE staged.run_id = @RunId) seen
        """;

    /// <summary>
    /// A link's first-seen date before the night (<c>NULL</c> when it is new), for SQLite, which writes each alert
    /// itself (see <see cref="InsertAlerts"/>): one seek on <c>uq_link_alerts_link</c>, into the pages the alert's
    /// insert touches next. The same date <see cref="MoveStagedAlerts"/> works out.
    /// </summary>
    public const string SelectFirstSeenBefore = """
        SELECT MIN(earlier.run_date)
        FROM link_alerts earlier
        WHERE earlier.source = @Source AND earlier.record_id = @RecordId AND earlier.investigation_ref = @InvestigationRef
          AND earlier.subject_ref = @SubjectRef AND earlier.rule_id = @RuleId AND earlier.run_date < @RunDate
        """;

    /// <summary>The values each alert binds in <see cref="InsertAlerts"/>, in order; numbered by row there (<c>@Source0</c>…).</summary>
    public static readonly string[] AlertRowParameters =
    [
        "@Source", "@RecordId", "@InvestigationRef", "@SubjectRef", "@RuleId", "@Score", "@MatchedOn", "@Explanation",
        "@RecordMasked", "@EvidenceFingerprint", "@RuleVersion", "@FirstSeenDate", "@Status",
    ];

    /// <summary>The values every row of <see cref="InsertAlerts"/> shares: the night's.</summary>
    public static readonly string[] AlertNightParameters = ["@RunId", "@RunDate", "@RuleSetHash"];

    /// <summary>
    /// <paramref name="rows"/> alerts in one statement, for SQLite, each with the first-seen date and status worked out
    /// from <see cref="SelectFirstSeenBefore"/>: each execution of an insert costs SQLite about as much again as a row
    /// (opening a cursor on every index, the AUTOINCREMENT counter read and written back), so a night is written a few
    /// dozen rows at a time. The rows are inserted in the order given.
    /// </summary>
    public static string InsertAlerts(int rows) => $"""
        INSERT INTO link_alerts (run_id, run_date, source, record_id, investigation_ref, subject_ref, rule_id, score,
                                 matched_on, explanation, record_masked, evidence_fingerprint, first_seen_date, status,
                                 rule_version, rule_set_hash)
        VALUES {string.Join(",\n       ", Enumerable.Range(0, rows).Select(AlertValues))}
        """;

    public const string DeleteStagedAlerts = "DELETE FROM link_alert_staging WHERE run_id = @RunId";

    /// <summary>
    /// A link's first-seen date on a night is the earliest night, up to and including that one, holding the same
    /// link. Recomputed for the nights after the one just written, because a rerun or a backfill of an earlier night
    /// changes their history (none, on an ordinary night).
    /// </summary>
    public const string RestampFirstSeenAfter = """
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
        WHERE run_date > @RunDate
        """;

    public const string RestampStatusAfter = """
        UPDATE link_alerts
        SET status = CASE WHEN first_seen_date < run_date THEN @Repeat ELSE @New END
        WHERE run_date > @RunDate
        """;

    /// <summary>
    /// For rows of this night and later ones whose link's latest verdict from an earlier night is false positive:
    /// suppressed while the evidence fingerprint is the one judged; otherwise the link is new again on the first
    /// night its changed evidence is seen after the verdict, and a repeat on the nights after that. The rows are
    /// found from the verdicts' side (a few hundred) rather than by testing each of the night's alerts: on
    /// PostgreSQL that is milliseconds instead of seconds for a night of 100,000.
    /// </summary>
    public const string ApplyDispositions = $"""
        UPDATE link_alerts
        SET status = CASE
                WHEN evidence_fingerprint = (SELECT verdict.evidence_fingerprint FROM alert_dispositions verdict
                                             WHERE verdict.disposition_id = {LatestVerdictBeforeThisNight})
                    THEN @Suppressed
                WHEN EXISTS (SELECT 1 FROM link_alerts earlier
                             WHERE earlier.source = link_alerts.source
                               AND earlier.record_id = link_alerts.record_id
                               AND earlier.investigation_ref = link_alerts.investigation_ref
                               AND earlier.subject_ref = link_alerts.subject_ref
                               AND earlier.rule_id = link_alerts.rule_id
                               AND earlier.evidence_fingerprint = link_alerts.evidence_fingerprint
                               AND earlier.run_date < link_alerts.run_date
                               AND earlier.run_date > (SELECT verdict.alert_run_date FROM alert_dispositions verdict
                                                       WHERE verdict.disposition_id = {LatestVerdictBeforeThisNight}))
                    THEN @Repeat
                ELSE @New
            END
        WHERE alert_id IN (SELECT judged.alert_id
                           FROM alert_dispositions verdict
                           JOIN link_alerts judged
                             ON judged.source = verdict.source AND judged.record_id = verdict.record_id
                            AND judged.investigation_ref = verdict.investigation_ref AND judged.subject_ref = verdict.subject_ref
                            AND judged.rule_id = verdict.rule_id AND judged.run_date > verdict.alert_run_date
                           WHERE judged.run_date >= @RunDate)
          AND (SELECT verdict.disposition FROM alert_dispositions verdict
               WHERE verdict.disposition_id = {LatestVerdictBeforeThisNight}) = @FalsePositive
        """;

    /// <summary>Unordered: the store sorts (see <see cref="Rows.AlertOrder"/>), the same way on every provider.</summary>
    public const string SelectAlertsOfRun = $"""
        {AlertColumns}
        WHERE run_id = @RunId
        """;

    /// <summary>
    /// What the database worked out for a run's alerts, by link: the rest of each alert is what the night just wrote,
    /// so it is not read back (a national night's explanations are hundreds of megabytes of text).
    /// </summary>
    public const string SelectAlertStatesOfRun = """
        SELECT alert_id AS AlertId, source AS Source, record_id AS RecordId, investigation_ref AS InvestigationRef,
               subject_ref AS SubjectRef, rule_id AS RuleId, first_seen_date AS FirstSeenDate, status AS Status
        FROM link_alerts
        WHERE run_id = @RunId
        """;

    /// <summary>
    /// The status of each of a night's alerts whose link has a verdict from an earlier night: the only rows of the
    /// night <see cref="ApplyDispositions"/> can have changed. Found from the verdicts' side, as there.
    /// </summary>
    public const string SelectJudgedStatesOfNight = """
        SELECT DISTINCT judged.alert_id AS AlertId, judged.status AS Status
        FROM alert_dispositions verdict
        JOIN link_alerts judged
          ON judged.source = verdict.source AND judged.record_id = verdict.record_id
         AND judged.investigation_ref = verdict.investigation_ref AND judged.subject_ref = verdict.subject_ref
         AND judged.rule_id = verdict.rule_id AND judged.run_date > verdict.alert_run_date
        WHERE judged.run_date = @RunDate
        """;

    public const string SelectAlertIdRangeOfRun =
        "SELECT COUNT(*) AS Count, MIN(alert_id) AS First, MAX(alert_id) AS Last FROM link_alerts WHERE run_id = @RunId";

    public const string SelectRuleSetHashOfRun = "SELECT rule_set_hash FROM scan_runs WHERE run_id = @RunId";

    public const string SelectAlert = $"""
        {AlertColumns}
        WHERE alert_id = @AlertId
        """;

    /// <summary>The latest verdict on the link of the <c>link_alerts</c> row being updated, from a night before that row's.</summary>
    private const string LatestVerdictBeforeThisNight = """
        (SELECT MAX(latest.disposition_id) FROM alert_dispositions latest
                WHERE latest.source = link_alerts.source AND latest.record_id = link_alerts.record_id
                  AND latest.investigation_ref = link_alerts.investigation_ref AND latest.subject_ref = link_alerts.subject_ref
                  AND latest.rule_id = link_alerts.rule_id AND latest.alert_run_date < link_alerts.run_date)
        """;

    private static string AlertValues(int row) => string.Create(CultureInfo.InvariantCulture, $"""
        (@RunId, @RunDate, @Source{row}, @RecordId{row}, @InvestigationRef{row}, @SubjectRef{row}, @RuleId{row}, @Score{row},
                @MatchedOn{row}, @Explanation{row}, @RecordMasked{row}, @EvidenceFingerprint{row}, @FirstSeenDate{row},
                @Status{row}, @RuleVersion{row}, @RuleSetHash)
        """);

    private const string AlertColumns = """
        SELECT alert_id AS AlertId, run_id AS RunId, run_date AS RunDate, source AS Source, record_id AS RecordId,
               investigation_ref AS InvestigationRef, subject_ref AS SubjectRef, rule_id AS RuleId, score AS Score,
               matched_on AS MatchedOn, explanation AS Explanation, record_masked AS RecordMasked,
               evidence_fingerprint AS EvidenceFingerprint, first_seen_date AS FirstSeenDate, status AS Status,
               rule_version AS RuleVersion, rule_set_hash AS RuleSetHash
        FROM link_alerts
        """;
}
