namespace ScanService.Storage;

/// <summary>
/// The history that pattern and compliance rules look back on, and their alerts. First-seen and status are worked
/// out as each row lands, from the nights before this one, as for link alerts.
/// </summary>
internal static partial class ScanSql
{
    // record_history's key leads with the kind, then the night (V007): naming every kind lets a delete of nights seek
    // into the key once per kind instead of scanning the table. The kinds of its CHECK constraint, all of them.
    public const string DeleteHistoryOfDate = $"DELETE FROM record_history WHERE {EveryKeyKind} AND run_date = @RunDate";

    public const string DeleteHistoryBefore = $"DELETE FROM record_history WHERE {EveryKeyKind} AND run_date < @KeepFrom";

    public const string PurgeHistory = $"DELETE FROM record_history WHERE {EveryKeyKind} AND run_date < @Cutoff";

    public const string InsertHistory = """
        INSERT INTO record_history (run_date, source, record_id, record_date, person_key, key_kind, key_value, key_masked)
        VALUES (@RunDate, @Source, @RecordId, @RecordDate, @PersonKey, @KeyKind, @KeyValue, @KeyMasked)
        """;

    private const string HistoryColumns = """
        SELECT run_date AS Night, source AS Source, record_id AS RecordId, record_date AS RecordDate, person_key AS PersonKey,
               key_kind AS KeyKind, key_value AS KeyValue, key_masked AS KeyMasked
        FROM record_history
        """;

    public const string SelectHistoryBefore = HistoryColumns + "\nWHERE run_date < @RunDate";

    /// <summary>Only the keys tonight's rules can use (see HistoryScope).</summary>
    public static string SelectHistoryInScope(Dialects.SqlDialect dialect) => SelectHistoryInScope(dialect.InList("source", "@RecordSources"));

    /// <summary>As <see cref="SelectHistoryInScope(Dialects.SqlDialect)"/>, with the condition that names the followed sources.</summary>
    /// <remarks>
    /// One branch per kind, joined by <c>UNION ALL</c>: the kinds cannot overlap, but a database given them as one
    /// <c>OR</c> cannot know that. SQLite then read each term through the key and kept every key it had returned in
    /// a temporary index to return none twice: about 0.5 GB of memory on a national night after three earlier ones.
    /// </remarks>
    public static string SelectHistoryInScope(string followedSource) => $"""
        {HistoryColumns}
        WHERE key_kind = 'reference' AND run_date < @RunDate
        UNION ALL
        {HistoryColumns}
        WHERE key_kind IN ('phone', 'premises') AND run_date >= @PatternsFrom AND run_date < @RunDate
        UNION ALL
        {HistoryColumns}
        WHERE key_kind = 'record' AND run_date < @RunDate AND {followedSource}
        """;

    /// <summary>The completed nights before a date: which one is the night before, and whether it was completed last.</summary>
    public const string SelectCompletedRunsBefore = """
        SELECT run_id AS RunId, run_date AS RunDate, rule_set_hash AS RuleSetHash
        FROM scan_runs
        WHERE status = @Completed AND run_date < @RunDate
        """;

    public const string SelectPatternAlertsOfDate = PatternColumns + "\nWHERE p.run_date = @RunDate";

    public const string DeletePatternAlertsOfDate = "DELETE FROM pattern_alerts WHERE run_date = @RunDate";

    public const string DeleteComplianceAlertsOfDate = "DELETE FROM compliance_alerts WHERE run_date = @RunDate";

    /// <summary>A night's pattern alert; its first-seen date is the earliest of the same pattern's earlier nights.</summary>
    public static readonly FindingInsert InsertPatternAlert = new(
        "pattern_alerts",
        ["RunId", "RunDate", "RuleId", "RuleVersion", "PatternKey", "KeyMasked", "Members", "MemberCount", "PeopleCount", "Explanation", "EarliestDay"],
        ["run_id", "run_date", "rule_id", "rule_version", "pattern_key", "key_masked", "members", "member_count", "people_count", "explanation", "earliest_day"],
        IdentityKey: "pattern_key");

    /// <summary>A night's compliance alert; its first-seen date is the earliest of the same alert's earlier nights.</summary>
    public static readonly FindingInsert InsertComplianceAlert = new(
        "compliance_alerts",
        ["RunId", "RunDate", "RuleId", "RuleVersion", "AlertKey", "Source", "RecordId", "DueAt", "Explanation"],
        ["run_id", "run_date", "rule_id", "rule_version", "alert_key", "source", "record_id", "due_at", "explanation"],
        IdentityKey: "alert_key");

    public const string SelectPatternAlertsOfRun = PatternColumns + "\nWHERE p.run_id = @RunId\nORDER BY p.rule_id, p.pattern_key";

    /// <summary>Open on the previous completed night and not tonight: the pattern has broken up.</summary>
    /// <remarks>
    /// Tonight's alert is sought by the night's unique key (date, rule, key), then checked to be the run's: sought by
    /// run alone, each of the night before's alerts ranged over all of tonight's, the square of a night's alerts.
    /// </remarks>
    public const string SelectClosedPatternAlerts = PatternColumns + $"""

        WHERE {ClosedPattern}
        ORDER BY p.rule_id, p.pattern_key
        """;

    public const string SelectComplianceAlertsOfRun = ComplianceColumns + "\nWHERE c.run_id = @RunId\nORDER BY c.rule_id, c.alert_key";

    /// <summary>Open on the previous completed night and not tonight: the follow-up has arrived.</summary>
    public const string SelectClosedComplianceAlerts = ComplianceColumns + $"""

        WHERE {ClosedCompliance}
        ORDER BY c.rule_id, c.alert_key
        """;

    // What the digest lists of a run (paged by the dialect, see SqlScanStore.GetShownFindingsAsync) and what it counts.
    // A run's alerts are sought by the night's unique key (date, rule, key), which holds them in digest order: the page
    // is read in order and stops at its end, where sought by run every alert of the night was sorted first. The run is
    // checked too, as in the reads above: a later run of the night replaces the alerts of an earlier one.

    /// <summary>A run's pattern alerts new tonight, in digest order.</summary>
    public const string SelectNewPatternAlertsOfRun = PatternColumns + "\n" + PatternsOfRun + " AND p.status = @New\n" + PatternOrder;

    /// <summary>A run's pattern alerts open since an earlier night, in digest order.</summary>
    public const string SelectStillOpenPatternAlertsOfRun = PatternColumns + "\n" + PatternsOfRun + " AND p.status <> @New\n" + PatternOrder;

    /// <summary>A run's compliance alerts new tonight, in digest order.</summary>
    public const string SelectNewComplianceAlertsOfRun = ComplianceColumns + "\n" + ComplianceOfRun + " AND c.status = @New\n" + ComplianceOrder;

    /// <summary>A run's compliance alerts open since an earlier night, in digest order.</summary>
    public const string SelectStillOpenComplianceAlertsOfRun = ComplianceColumns + "\n" + ComplianceOfRun + " AND c.status <> @New\n" + ComplianceOrder;

    /// <summary>How many pattern alerts a run has open, how many of them are new, and how many it closed.</summary>
    /// <remarks>Counted in the database: each count walks an index of the night, and no alert leaves it.</remarks>
    public const string CountPatternAlertsOfRun = $"""
        SELECT (SELECT COUNT(*) FROM pattern_alerts p WHERE p.run_id = @RunId) AS OpenCount,
               (SELECT COUNT(*) FROM pattern_alerts p {PatternsOfRun} AND p.status = @New) AS NewCount,
               (SELECT COUNT(*) FROM pattern_alerts p WHERE {ClosedPattern}) AS ClosedCount
        """;

    /// <summary>How many compliance alerts a run has open, how many of them are new, and how many it closed.</summary>
    public const string CountComplianceAlertsOfRun = $"""
        SELECT (SELECT COUNT(*) FROM compliance_alerts c WHERE c.run_id = @RunId) AS OpenCount,
               (SELECT COUNT(*) FROM compliance_alerts c {ComplianceOfRun} AND c.status = @New) AS NewCount,
               (SELECT COUNT(*) FROM compliance_alerts c WHERE {ClosedCompliance}) AS ClosedCount
        """;

    private const string PatternsOfRun = "WHERE p.run_date = @RunDate AND p.run_id = @RunId";

    private const string PatternOrder = "ORDER BY p.rule_id, p.pattern_key";

    private const string ComplianceOfRun = "WHERE c.run_date = @RunDate AND c.run_id = @RunId";

    private const string ComplianceOrder = "ORDER BY c.rule_id, c.alert_key";

    private const string ClosedPattern = $"""
        p.run_date = ({PreviousNight})
          AND NOT EXISTS (SELECT 1 FROM pattern_alerts t
                          WHERE t.run_date = @RunDate AND t.rule_id = p.rule_id AND t.pattern_key = p.pattern_key AND t.run_id = @RunId)
        """;

    private const string ClosedCompliance = $"""
        c.run_date = ({PreviousNight})
          AND NOT EXISTS (SELECT 1 FROM compliance_alerts t
                          WHERE t.run_date = @RunDate AND t.rule_id = c.rule_id AND t.alert_key = c.alert_key AND t.run_id = @RunId)
        """;

    private const string EveryKeyKind = "key_kind IN ('record', 'phone', 'premises', 'reference')";

    private const string PreviousNight = "SELECT MAX(r.run_date) FROM scan_runs r WHERE r.status = @Completed AND r.run_date < @RunDate";

    private const string PatternColumns = """
        SELECT p.alert_id AS AlertId, p.run_date AS RunDate, p.rule_id AS RuleId, p.rule_version AS RuleVersion,
               p.pattern_key AS PatternKey, p.key_masked AS KeyMasked, p.members AS Members, p.people_count AS PeopleCount,
               p.explanation AS Explanation, p.earliest_day AS EarliestDay, p.first_seen_date AS FirstSeenDate, p.status AS Status
        FROM pattern_alerts p
        """;

    private const string ComplianceColumns = """
        SELECT c.alert_id AS AlertId, c.run_date AS RunDate, c.rule_id AS RuleId, c.rule_version AS RuleVersion,
               c.source AS Source, c.record_id AS RecordId, c.due_at AS DueAt, c.explanation AS Explanation,
               c.first_seen_date AS FirstSeenDate, c.status AS Status
        FROM compliance_alerts c
        """;
}
