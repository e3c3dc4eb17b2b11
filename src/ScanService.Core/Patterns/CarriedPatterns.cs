using ScanService.Model;
using ScanService.Rules;

namespace ScanService.Patterns;

/// <summary>
/// What the night before's pattern alerts spare tonight. A pattern none of whose values is given tonight can only lose
/// members, and loses none while its window has not passed its earliest member: such a pattern is tonight exactly
/// what it was, and is carried as it was stored, its keys never read. Every other pattern of the night before, and
/// every value given tonight, is worked out again from its keys.
/// </summary>
public sealed class CarriedPatterns
{
    private readonly List<PatternAlert> _unchanged;

    private CarriedPatterns(HashSet<KeyToken> valuesToRead, List<PatternAlert> unchanged)
    {
        ValuesToRead = valuesToRead;
        _unchanged = unchanged;
    }

    /// <summary>The values whose earlier keys tonight must read: tonight's, and those of the patterns that may change.</summary>
    public IReadOnlySet<KeyToken> ValuesToRead { get; }

    public IReadOnlyList<PatternAlert> Unchanged => _unchanged;

    public static CarriedPatterns Of(DateOnly runDate, IEnumerable<PatternRule> rules, IReadOnlyList<RecordKey> tonight, IReadOnlyList<PatternAlert> nightBefore)
    {
        var values = new HashSet<KeyToken>();
        foreach (var key in tonight)
        {
            if (key.Kind is RecordKeyKind.Phone or RecordKeyKind.Premises)
            {
                values.Add(key.ValueToken);
            }
        }

        var windowStarts = rules.Where(r => r.Enabled).ToDictionary(r => r.Id, r => runDate.AddDays(1 - r.WindowDays), StringComparer.Ordinal);
        var unchanged = new List<PatternAlert>();
        var changing = new List<KeyToken>();
        foreach (var alert in nightBefore)
        {
            var value = KeyToken.Of(alert.PatternKey);
            var keepsEveryMember = alert.EarliestDay is { } earliest
                && windowStarts.TryGetValue(alert.RuleId, out var windowStart) && earliest >= windowStart;
            if (keepsEveryMember && !values.Contains(value))
            {
                unchanged.Add(alert);
            }
            else
            {
                changing.Add(value);
            }
        }

        values.UnionWith(changing);
        return new CarriedPatterns(values, unchanged);
    }

    /// <summary>
    /// Tonight's patterns: those found from the keys read, and the unchanged ones carried. A value read for one rule
    /// may find again a pattern carried under another; it is the same alert, and is given once.
    /// </summary>
    public List<PatternAlert> With(IEnumerable<PatternAlert> found)
    {
        var carried = _unchanged.Select(a => (a.RuleId, a.PatternKey)).ToHashSet();
        return PatternDetector.InAlertOrder(found.Where(a => !carried.Contains((a.RuleId, a.PatternKey))).Concat(_unchanged));
    }
}
