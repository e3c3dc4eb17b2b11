using System.Globalization;
using System.Runtime.InteropServices;
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
        // Each rule reads the keys on its own: a national night's rules run side by side, one per core.
        var enabled = rules.Where(r => r.Enabled).ToArray();
        var found = new List<PatternAlert>[enabled.Length];
        Parallel.For(0, enabled.Length, i => found[i] = Detect(enabled[i], runDate, keys));
        return InAlertOrder(found.SelectMany(a => a));
    }

    /// <summary>The order alerts are given in: by rule, then by key.</summary>
    public static List<PatternAlert> InAlertOrder(IEnumerable<PatternAlert> alerts) =>
        [.. alerts.OrderBy(a => a.RuleId, StringComparer.Ordinal).ThenBy(a => a.PatternKey, StringComparer.Ordinal)];

    private static List<PatternAlert> Detect(PatternRule rule, DateOnly runDate, IReadOnlyList<RecordKey> keys)
    {
        var alerts = new List<PatternAlert>();
        var kind = rule.GroupBy == PatternRule.ByPhone ? RecordKeyKind.Phone : RecordKeyKind.Premises;
        var from = runDate.AddDays(1 - rule.WindowDays);
        var needed = Math.Max(rule.MinPeople, rule.MinSources);
        foreach (var group in GroupsOfAtLeast(needed, keys.Where(k => k.Kind == kind && rule.AppliesTo(k.Source) && k.WindowDay >= from && k.WindowDay <= runDate)))
        {
            // Each member's name is made once, as the key it is grouped by, and kept for the alert.
            var byMember = group.GroupBy(k => k.Member, StringComparer.Ordinal).ToList();
            var members = byMember.ConvertAll(m => m.First());
            var people = members.Select(m => m.Person).Distinct().Count();
            var sources = members.Select(m => m.Source).Distinct(StringComparer.Ordinal).Count();
            if (people < rule.MinPeople || sources < rule.MinSources)
            {
                continue;
            }

            var masked = members[0].Masked;
            var earliest = members.Min(m => m.WindowDay);
            var explanation = string.Create(CultureInfo.InvariantCulture,
                $"{people} distinct people in {members.Count} records from {sources} sources gave one {masked} between " +
                $"{earliest:yyyy-MM-dd} and {members.Max(m => m.WindowDay):yyyy-MM-dd} (rule: at least {rule.MinPeople} people" +
                $"{(rule.MinSources > 1 ? $" from {rule.MinSources} sources" : string.Empty)} within {rule.WindowDays} days)");
            alerts.Add(new PatternAlert(rule.Id, rule.Version, group[0].Value, masked,
                [.. byMember.Select(m => m.Key).Order(StringComparer.Ordinal)], people, explanation) { EarliestDay = earliest });
        }

        return alerts;
    }

    /// <summary>
    /// The keys of each value given at least <paramref name="needed"/> times, in the order of the keys. Most values
    /// are given once: counting first, then gathering only the values that may be enough, keeps a national night's
    /// million single-use values from each becoming a group of its own.
    /// </summary>
    private static IEnumerable<List<RecordKey>> GroupsOfAtLeast(int needed, IEnumerable<RecordKey> keys)
    {
        var inWindow = keys as IReadOnlyList<RecordKey> ?? [.. keys];
        var counts = new Dictionary<KeyToken, int>(inWindow.Count);
        foreach (var key in inWindow)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, key.ValueToken, out _)++;
        }

        var groups = new Dictionary<KeyToken, List<RecordKey>>();
        foreach (var key in inWindow)
        {
            if (counts[key.ValueToken] >= needed)
            {
                ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, key.ValueToken, out _);
                (group ??= []).Add(key);
            }
        }

        return groups.Values;
    }
}
