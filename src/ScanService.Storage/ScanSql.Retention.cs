namespace ScanService.Storage;

/// <summary>
/// Purging by retention: children before parents, each keyed on the runs being removed so that no foreign key
/// can be left dangling. Dispositions are not touched: they are what keeps a false positive from coming back.
/// </summary>
internal static partial class ScanSql
{
    public const string PurgeLinkAlerts = $"DELETE FROM link_alerts WHERE run_id IN ({RunsBeforeCutoff})";

    public const string PurgePatternAlerts = $"DELETE FROM pattern_alerts WHERE run_id IN ({RunsBeforeCutoff})";

    public const string PurgeComplianceAlerts = $"DELETE FROM compliance_alerts WHERE run_id IN ({RunsBeforeCutoff})";

    public const string PurgeRunSources = $"DELETE FROM scan_run_sources WHERE run_id IN ({RunsBeforeCutoff})";

    public const string PurgeRunInputs = $"DELETE FROM scan_run_inputs WHERE run_id IN ({RunsBeforeCutoff})";

    public const string PurgeRuns = "DELETE FROM scan_runs WHERE run_date < @Cutoff";

    public const string PurgeAudit = "DELETE FROM audit_log WHERE occurred_at < @AuditCutoff";

    private const string RunsBeforeCutoff = "SELECT run_id FROM scan_runs WHERE run_date < @Cutoff";
}
