using System.Globalization;
using ScanService.Model;
using ScanService.Rules;

namespace ScanService.Patterns;

/// <summary>
/// Finds the values (a premises, a phone) given by at least a rule's number of distinct people, from at least its
/// number of sources, within its window. Works on history keys, so tonight's records and earlier nights' count
/// alike; a record read on several nights is one member.
/// </summary>
public static class PatternDetector
{
    public static List<PatternAlert> Detect(IEnumerable<PatternRule> rules, DateOnly runDate, IReadOnlyList<RecordKey> keys)
    {
        var alerts = new List<PatternAlert>();
        foreach (var rule in rules.Where(r => r.Enabled))
        {
            var kind = rule.GroupBy == PatternRule.ByPhone ? RecordKeyKind.Phone : RecordKeyKind.Premises;
            var from = runDate.AddDays(1 - rule.WindowDays);
            var groups = keys
                .Where(k => k.Kind == kind && rule.AppliesTo(k.Source) && k.Day >= from && k.Day <= runDate)
                .GroupBy(k => k.Value, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                // Most values are given once: fewer keys than the people (or sources) needed cannot be enough of them.
                if (group.Count() < Math.Max(rule.MinPeople, rule.MinSources))
                {
                    continue;
                }

                var members = group.GroupBy(k => k.Member, StringComparer.Ordinal).Select(m => m.First()).ToList();
                var people = members.Select(m => m.PersonKey).Distinct(StringComparer.Ordinal).Count();
                var sources = members.Select(m => m.Source).Distinct(StringComparer.Ordinal).Count();
                if (people < rule.MinPeople || sources < rule.MinSources)
                {
                    continue;
                }

                var masked = members[0].Masked;
                var explanation = string.Create(CultureInfo.InvariantCulture,
                    $"{people} distinct people in {members.Count} records from {sources} sources gave one {masked} between " +
                    $"{members.Min(m => m.Day):yyyy-MM-dd} and {members.Max(m => m.Day):yyyy-MM-dd} (rule: at least {rule.MinPeople} people" +
                    $"{(rule.MinSources > 1 ? $" from {rule.MinSources} sources" : string.Empty)} within {rule.WindowDays} days)");
                alerts.Add(new PatternAlert(rule.Id, rule.Version, group.Key, masked,
                    [.. members.Select(m => m.Member).Order(StringComparer.Ordinal)], people, explanation));
            }
        }

        return [.. alerts.OrderBy(a => a.RuleId, StringComparer.Ordinal).ThenBy(a => a.PatternKey, StringComparer.Ordinal)];
    }
}
