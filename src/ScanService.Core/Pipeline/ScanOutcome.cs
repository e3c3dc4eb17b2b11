using ScanService.Model;

namespace ScanService.Pipeline;

/// <summary>What a run did, for the summary printed at its end and for the exit status.</summary>
public sealed record ScanOutcome(
    long? RunId,
    DateOnly RunDate,
    RunStatus Status,
    string? Error,
    IReadOnlyList<SourceReport> Sources,
    int NewAlerts,
    int RepeatAlerts,
    string? DigestPath,
    bool DigestAlreadySent,
    string? QuarantinePath,
    int QuarantinedIssues,
    TimeSpan Duration,
    int SuppressedAlerts = 0,
    IReadOnlyList<StageTiming>? Stages = null)
{
    /// <summary>Each stage's time, in run order; empty for a run that failed before its stages began.</summary>
    public IReadOnlyList<StageTiming> StageTimings => Stages ?? [];

    /// <summary>Records matched (accepted rows of every source that was read).</summary>
    public int RecordsMatched { get; init; }

    /// <summary>Alerts written, whatever their status.</summary>
    public int AlertsWritten => NewAlerts + RepeatAlerts + SuppressedAlerts;

    public bool Succeeded => Status == RunStatus.Completed && Error is null;

    /// <summary>Pattern alerts open tonight (from the pattern rules, over the history window).</summary>
    public int PatternAlerts { get; init; }

    /// <summary>Compliance alerts open tonight (e.g. NRM referrals without a crime record).</summary>
    public int ComplianceAlerts { get; init; }
}
