namespace ScanService.Pipeline;

/// <summary>One night to scan and where everything is.</summary>
public sealed record ScanRequest(
    DateOnly RunDate,
    string ExportsDirectory,
    string RulesDirectory,
    string QuarantineDirectory,
    bool ResendDigest = false)
{
    /// <summary>Days of record history kept for pattern and compliance rules (Scan:Retention:HistoryDays); null keeps all.</summary>
    public int? HistoryDays { get; init; }
}
