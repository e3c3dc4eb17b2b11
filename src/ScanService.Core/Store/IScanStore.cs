using ScanService.Model;

namespace ScanService.Store;

/// <summary>
/// Everything the nightly scan keeps. Implementations must make <see cref="CompleteRunAsync"/> atomic: the run's
/// alerts, its source counts and its completed status commit together or not at all.
/// </summary>
public interface IScanStore : IAuditLog, IAlertDispositions, IRetention, IRunHistory, IFindingsStore
{
    /// <summary>
    /// Creates or upgrades the schema; safe to call on every start, and from several processes at once. A store
    /// configured not to migrate on start only checks that the schema is current, and throws when it is not.
    /// </summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Records that a scan of <paramref name="runDate"/> has started; returns the new run id.</summary>
    Task<long> StartRunAsync(DateOnly runDate, DateTimeOffset startedAt, string ruleSetHash, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: replaces the alerts held for the run's date with <see cref="RunCompletion.Alerts"/>
    /// (so a rerun of a night never duplicates), marks each new, repeat or suppressed (a false positive whose
    /// evidence is unchanged) against earlier nights, stores the source reports and marks the run completed.
    /// Returns the alerts as stored.
    /// </summary>
    Task<IReadOnlyList<StoredLinkAlert>> CompleteRunAsync(RunCompletion completion, CancellationToken cancellationToken);

    /// <summary>
    /// Begins the night's transaction for a run started by <see cref="StartRunAsync"/>: what
    /// <see cref="CompleteRunAsync"/> does in one call, in steps, so that the history can be written while the night
    /// is matched. The database is locked for other writers until the write is completed or disposed.
    /// </summary>
    Task<INightWrite> BeginNightAsync(long runId, DateOnly runDate, CancellationToken cancellationToken);

    /// <summary>Marks the run failed with the reason; stores whatever source reports were gathered. Writes no alerts.</summary>
    Task FailRunAsync(long runId, DateTimeOffset finishedAt, string error, IReadOnlyList<SourceReport> sources, CancellationToken cancellationToken);

    /// <summary>True when any run of this date already wrote its digest.</summary>
    Task<bool> WasDigestWrittenAsync(DateOnly runDate, CancellationToken cancellationToken);

    Task RecordDigestAsync(long runId, string digestPath, DateTimeOffset writtenAt, CancellationToken cancellationToken);

    Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken);

    /// <summary>Records the files the run read (origin, size, SHA-256); recording the same run again replaces them.</summary>
    Task RecordInputsAsync(long runId, IReadOnlyList<RunInput> inputs, CancellationToken cancellationToken);

    /// <summary>The files the run read, by file name.</summary>
    Task<IReadOnlyList<RunInput>> GetInputsAsync(long runId, CancellationToken cancellationToken);

    Task<RunRecord?> GetLatestCompletedRunAsync(CancellationToken cancellationToken);

    /// <summary>Alerts stored by this run (empty when a later run of the same date replaced them).</summary>
    Task<IReadOnlyList<StoredLinkAlert>> GetAlertsAsync(long runId, CancellationToken cancellationToken);
}

public sealed record RunCompletion(
    long RunId,
    DateOnly RunDate,
    DateTimeOffset FinishedAt,
    IReadOnlyList<SourceReport> Sources,
    IReadOnlyList<LinkAlert> Alerts)
{
    /// <summary>Tonight's minimised record keys: they replace whatever an earlier run of this night stored.</summary>
    public IReadOnlyList<RecordKey> History { get; init; } = [];

    /// <summary>History of nights before this date is deleted with the night (retention); null keeps everything.</summary>
    public DateOnly? KeepHistoryFrom { get; init; }

    public IReadOnlyList<PatternAlert> Patterns { get; init; } = [];

    public IReadOnlyList<ComplianceAlert> Compliance { get; init; } = [];
}
