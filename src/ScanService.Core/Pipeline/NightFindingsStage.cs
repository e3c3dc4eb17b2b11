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
/// lost members since the night before, so it qualifies tonight only if it was one of that night's pattern alerts.
/// When that night's alerts can be trusted for this (see <see cref="IFindingsStore.GetCarriedPatternValuesAsync"/>),
/// only the earlier keys of tonight's values and of those alerts are read: a night in a running service reads what
/// it can change, not the weeks of single-use values in its window. Otherwise (the first night, a night after a rule
/// change, a night run out of order) the whole window is read.
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
        var keepFrom = historyDays is { } days ? completion.RunDate.AddDays(-days) : (DateOnly?)null;
        var scope = rules.Patterns.Count + rules.Compliance.Count == 0 ? null : await ScopeAsync(completion.RunDate, store, rules, tonight, cancellationToken);
        var earlier = scope is null ? [] : await store.GetHistoryAsync(completion.RunDate, cancellationToken, scope);
        var keys = earlier.Where(k => keepFrom is null || k.Night >= keepFrom).Concat(tonight).ToList();
        var found = completion with
        {
            History = tonight,
            KeepHistoryFrom = keepFrom,
            Patterns = PatternDetector.Detect(rules.Patterns, completion.RunDate, keys),
            Compliance = ComplianceChecker.Check(rules.Compliance, completion.RunDate, keys),
        };
        return new FoundFindings(found, earlier.Count, WholeWindowRead: scope is not null && scope.PatternValues is null);
    }

    private static async Task<HistoryScope> ScopeAsync(
        DateOnly runDate, IFindingsStore store, RuleSet rules, IReadOnlyList<RecordKey> tonight, CancellationToken cancellationToken)
    {
        var patternsFrom = runDate.AddDays(-rules.Patterns.Where(p => p.Enabled).Select(p => p.WindowDays).DefaultIfEmpty(0).Max());
        string[] followedSources = [.. rules.Compliance.Where(c => c.Enabled).SelectMany(c => c.Sources ?? new HashSet<string>()).Distinct()];
        if (await store.GetCarriedPatternValuesAsync(runDate, rules.Hash, cancellationToken) is not { } carried)
        {
            return new HistoryScope(patternsFrom, followedSources);
        }

        var values = new HashSet<KeyToken>(carried);
        foreach (var key in tonight)
        {
            if (key.Kind is RecordKeyKind.Phone or RecordKeyKind.Premises)
            {
                values.Add(key.ValueToken);
            }
        }

        return new HistoryScope(patternsFrom, followedSources, values);
    }
}

/// <summary>The night with its findings, and how much of the history they read (for the operators' log).</summary>
/// <param name="WholeWindowRead">Every earlier phone and premises key of the window was read, not only tonight's values.</param>
public sealed record FoundFindings(RunCompletion Completion, int EarlierKeysRead, bool WholeWindowRead);
