namespace ScanService.Storage.Rows;

/// <summary>
/// One row of <c>scan_runs</c> left-joined to <c>scan_run_sources</c>: a run and its sources come from one
/// statement, so they are read from one consistent state. Dates are left as the provider returned them and
/// converted by the dialect.
/// </summary>
internal sealed class RunSourceRow
{
    public long RunId { get; set; }

    public object RunDate { get; set; } = null!;

    public object StartedAt { get; set; } = null!;

    public object? FinishedAt { get; set; }

    public string Status { get; set; } = "";

    public string RuleSetHash { get; set; } = "";

    public string? Error { get; set; }

    public string? DigestPath { get; set; }

    /// <summary>Null when the run has no sources (the left join found none).</summary>
    public string? Source { get; set; }

    public string? FileName { get; set; }

    public string? Outcome { get; set; }

    public long? RowsRead { get; set; }

    public long? Accepted { get; set; }

    public long? Rejected { get; set; }

    public long? FieldIssues { get; set; }

    public string? SourceError { get; set; }
}
