namespace ScanService.Model;

public enum RunStatus
{
    Running,
    Completed,
    Failed,
}

/// <summary>One attempt at scanning one night, as stored in <c>scan_runs</c>.</summary>
public sealed record RunRecord(
    long Id,
    DateOnly RunDate,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    RunStatus Status,
    string RuleSetHash,
    string? Error,
    string? DigestPath,
    IReadOnlyList<SourceReport> Sources);
