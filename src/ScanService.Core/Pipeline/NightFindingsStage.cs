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
internal static class NightFindingsStage
{
    public static async Task<RunCompletion> AddToAsync(
        RunCompletion completion, IFindingsStore store, RuleSet rules, IReadOnlyList<PersonRecord> records, int? historyDays, CancellationToken cancellationToken)
    {
        var tonight = RecordKeys.Of(completion.RunDate, records, rules);
        var keepFrom = historyDays is { } days ? completion.RunDate.AddDays(-days) : (DateOnly?)null;
        var scope = new HistoryScope(
            completion.RunDate.AddDays(-rules.Patterns.Where(p => p.Enabled).Select(p => p.WindowDays).DefaultIfEmpty(0).Max()),
            [.. rules.Compliance.Where(c => c.Enabled).SelectMany(c => c.Sources ?? new HashSet<string>()).Distinct()]);
        var earlier = rules.Patterns.Count + rules.Compliance.Count == 0
            ? []
            : await store.GetHistoryAsync(completion.RunDate, cancellationToken, scope);
        var keys = earlier.Where(k => keepFrom is null || k.Night >= keepFrom).Concat(tonight).ToList();
        return completion with
        {
            History = tonight,
            KeepHistoryFrom = keepFrom,
            Patterns = PatternDetector.Detect(rules.Patterns, completion.RunDate, keys),
            Compliance = ComplianceChecker.Check(rules.Compliance, completion.RunDate, keys),
        };
    }
}
