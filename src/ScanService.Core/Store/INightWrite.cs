using ScanService.Model;

namespace ScanService.Store;

/// <summary>
/// A night's single transaction, held open while the night is worked on, so that its bulk can be written while the
/// records are still being compared: tonight's history keys depend only on the records, and on a national night
/// writing them takes about as long as a core needs to match a third of the records. Nothing is visible to anyone
/// else until <see cref="CompleteAsync"/> commits; disposing a write that was not completed rolls all of it back.
/// Used by one caller at a time: a call must finish before the next begins.
/// </summary>
public interface INightWrite : IAsyncDisposable
{
    /// <summary>
    /// Replaces the night's history with <paramref name="tonight"/> and deletes nights before
    /// <paramref name="keepHistoryFrom"/> (retention; null keeps them). At most once per write.
    /// </summary>
    Task WriteHistoryAsync(IReadOnlyList<RecordKey> tonight, DateOnly? keepHistoryFrom, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the night's pattern and compliance alerts with these; <see cref="CompleteAsync"/> then writes none of
    /// its completion's. At most once per write.
    /// </summary>
    Task WriteFindingsAsync(IReadOnlyList<PatternAlert> patterns, IReadOnlyList<ComplianceAlert> compliance, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the rest of the night as <see cref="IScanStore.CompleteRunAsync"/> does (its history and findings from
    /// <paramref name="completion"/> only where <see cref="WriteHistoryAsync"/> and <see cref="WriteFindingsAsync"/> were
    /// not called), then commits.
    /// </summary>
    Task<IReadOnlyList<StoredLinkAlert>> CompleteAsync(RunCompletion completion, CancellationToken cancellationToken);
}
