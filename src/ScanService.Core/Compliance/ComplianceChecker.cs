using System.Globalization;
using ScanService.Model;
using ScanService.Rules;

namespace ScanService.Compliance;

/// <summary>
/// Checks every record of a compliance rule's sources, tonight's and earlier nights', for its follow-up: a record
/// of the required source that quotes its record id. A record past its due date without one is an alert; the
/// alert is gone on the first night the follow-up is in the history, however late it came.
/// </summary>
public static class ComplianceChecker
{
    public static List<ComplianceAlert> Check(IEnumerable<ComplianceRule> rules, DateOnly runDate, IReadOnlyList<RecordKey> keys)
    {
        var alerts = new List<ComplianceAlert>();
        foreach (var rule in rules.Where(r => r.Enabled))
        {
            var followedUp = keys
                .Where(k => k.Kind == RecordKeyKind.Reference && k.Source == rule.RequiredSource)
                .Select(k => k.Value)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var record in EarliestOfEachRecord(keys, rule))
            {
                var due = rule.DueOn(record.Day);
                if (due >= runDate || followedUp.Contains(record.RecordId))
                {
                    continue;
                }

                var explanation = string.Create(CultureInfo.InvariantCulture,
                    $"{record.Source} record {record.RecordId} dated {record.Day:yyyy-MM-dd} has no {rule.RequiredSource} record quoting it " +
                    $"in '{rule.ReferenceColumn}'; due within {rule.WithinHours} hours, by {due:yyyy-MM-dd}");
                alerts.Add(new ComplianceAlert(rule.Id, rule.Version, record.Source, record.RecordId, due, explanation));
            }
        }

        return [.. alerts.OrderBy(a => a.RuleId, StringComparer.Ordinal).ThenBy(a => a.AlertKey, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Each record of the rule's sources once, as first dated: a record read again on a later night is still due from
    /// its first day. Keyed by source and id as they are, not by a "source/id" string made per key, as a running
    /// service holds every referral of the retention.
    /// </summary>
    private static IEnumerable<RecordKey> EarliestOfEachRecord(IReadOnlyList<RecordKey> keys, ComplianceRule rule)
    {
        var earliest = new Dictionary<(string Source, string RecordId), RecordKey>();
        foreach (var key in keys)
        {
            if (key.Kind != RecordKeyKind.Record || !rule.AppliesTo(key.Source))
            {
                continue;
            }

            // The first of the earliest, as MinBy gave: keys come in the order the nights were read.
            if (!earliest.TryGetValue((key.Source, key.RecordId), out var seen) || key.Day < seen.Day)
            {
                earliest[(key.Source, key.RecordId)] = key;
            }
        }

        return earliest.Values;
    }
}
