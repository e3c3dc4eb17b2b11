using ScanService.Compliance;
using ScanService.History;
using ScanService.Model;
using ScanService.Patterns;
using ScanService.Rules;
using ScanService.Store;

namespace ScanService.Pipeline;

/// <summary>
/// The stage after matching that looks across records and nights: tonight's records reduced to history keys, joined
/// with earlier nights' keys, then the pattern and compliance rules. Nothing is written here: the keys and alerts go
/// into the night's single transaction with the link alerts.
/// </summary>
/// <remarks>
/// A pattern tonight is a value given by enough people within the window. A value not given tonight can only have
/// lost members since the night before, so it qualifies tonight only if it was one of that night's pattern alerts,
/// and is that alert unchanged while the window has not passed its earliest member (see <see cref="CarriedPatterns"/>).
/// When that night's alerts can be trusted for this (see <see cref="IFindingsStore.GetCarriedPatternsAsync"/>), only
/// the earlier keys of tonight's values and of the patterns that may change are read: a night in a running service
/// reads what it can change, not the weeks of single-use values and settled patterns in its window. Otherwise (the
/// first night, a night after a rule change, a night run out of order) the whole window is read.
/// </remarks>
public static class NightFindingsStage
{
    public static Task<FoundFindings> AddToAsync(
        RunCompletion completion, IFindingsStore store, RuleSet rules, IReadOnlyList<PersonRecord> records, int? historyDays, CancellationToken cancellationToken) =>
        AddKeysAsync(completion, store, rules, RecordKeys.Of(completion.RunDate, records, rules), historyDays, cancellationToken);

    /// <summary>As <see cref="AddToAsync"/>, for a night already reduced to its keys.</summary>
    public static async Task<FoundFindings> AddKeysAsync(
        RunCompletion completion, IFindingsStore store, RuleSet rules, IReadOnlyList<RecordKey> tonight, int? historyDays, CancellationToken cancellationToken)
    {
        var runDate = completion.RunDate;
        var keepFrom = historyDays is { } days ? runDate.AddDays(-days) : (DateOnly?)null;
        var needsHistory = rules.Patterns.Count + rules.Compliance.Count > 0;
        var carried = needsHistory && await store.GetCarriedPatternsAsync(runDate, rules.Hash, cancellationToken) is { } nightBefore
            ? CarriedPatterns.Of(runDate, rules.Patterns, tonight, nightBefore)
            : null;
        var earlier = needsHistory ? await store.GetHistoryAsync(runDate, cancellationToken, Scope(runDate, rules, carried)) : [];
        var keys = earlier.Where(k => keepFrom is null || k.Night >= keepFrom).Concat(tonight).ToList();
        var found = PatternDetector.Detect(rules.Patterns, runDate, keys);
        var night = completion with
        {
            History = tonight,
            KeepHistoryFrom = keepFrom,
            Patterns = carried is null ? found : carried.With(found),
            Compliance = ComplianceChecker.Check(rules.Compliance, runDate, keys),
        };
        return new FoundFindings(night, earlier.Count, WholeWindowRead: needsHistory && carried is null, carried?.Unchanged.Count ?? 0);
    }

    private static HistoryScope Scope(DateOnly runDate, RuleSet rules, CarriedPatterns? carried) => new(
        runDate.AddDays(-rules.Patterns.Where(p => p.Enabled).Select(p => p.WindowDays).DefaultIfEmpty(0).Max()),
        [.. rules.Compliance.Where(c => c.Enabled).SelectMany(c => c.Sources ?? new HashSet<string>()).Distinct()],
        carried?.ValuesToRead);
}

/// <summary>The night with its findings, and how much of the history they read (for the operators' log).</summary>
/// <param name="WholeWindowRead">Every earlier phone and premises key of the window was read, not only tonight's values.</param>
/// <param name="PatternsCarried">Patterns of the night before carried unchanged, their keys not read.</param>
public sealed record FoundFindings(RunCompletion Completion, int EarlierKeysRead, bool WholeWindowRead, int PatternsCarried);
