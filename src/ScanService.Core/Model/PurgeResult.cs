namespace ScanService.Model;

/// <summary>What a purge removed (or, on a dry run, would remove).</summary>
public sealed record PurgeResult(
    int Runs,
    int RunSources,
    int LinkAlerts,
    int PatternAlerts,
    int ComplianceAlerts,
    int AuditEntries)
{
    /// <summary>Rows of the pattern and compliance history (record_history) of the purged nights.</summary>
    public int HistoryRows { get; init; }
}

/// <summary>
/// What may go: runs of nights before <paramref name="RunsBefore"/> with everything they found, and audit entries
/// written before <paramref name="AuditBefore"/>. Dispositions are kept: they stop false positives coming back.
/// </summary>
public sealed record PurgeRequest(DateOnly RunsBefore, DateTimeOffset AuditBefore, string PurgedBy, DateTimeOffset PurgedAt, bool DryRun = false);
