using ScanService.Compliance;
using ScanService.History;
using ScanService.Model;
using ScanService.Patterns;

namespace ScanService.Rules.Testing;

/// <summary>
/// Pattern and compliance cases: the case's records become history keys as on a night (all read on the case's run
/// date), and the rule runs alone over them through the same detector the run uses.
/// </summary>
public sealed partial class RuleTestRunner
{
    private static IEnumerable<string> CompareAggregate(RuleExpectation expected, IScanRule rule, List<PersonRecord> records, DateOnly runDate)
    {
        var found = Findings(rule, records, runDate)
            .Where(f => expected.RecordId is null || f.Members.Contains(expected.RecordId))
            .ToList();
        var about = expected.RecordId is null ? string.Empty : $" about record {expected.RecordId}";
        if (expected.Alert && found.Count == 0)
        {
            yield return $"expected an alert from {rule.Id}{about} on {runDate:yyyy-MM-dd}, got none";
        }
        else if (!expected.Alert && found.Count > 0)
        {
            yield return $"expected no alert from {rule.Id}{about} on {runDate:yyyy-MM-dd}, got {found.Count}:";
            foreach (var finding in found)
            {
                yield return "  " + finding.Explanation;
            }
        }
    }

    private static IEnumerable<(IReadOnlyList<string> Members, string Explanation)> Findings(IScanRule rule, List<PersonRecord> records, DateOnly runDate)
    {
        // A disabled rule is tested as it would behave once switched on, as link rules are.
        switch (rule)
        {
            case PatternRule pattern:
                var patternKeys = RecordKeys.Of(runDate, records, new RuleSet([], "rule-test"));
                return PatternDetector.Detect([pattern with { Enabled = true }], runDate, patternKeys)
                    .Select(p => ((IReadOnlyList<string>)[.. p.Members.Select(m => m[(m.IndexOf('/') + 1)..])], p.Explanation));
            case ComplianceRule compliance:
                var enabled = compliance with { Enabled = true };
                var keys = RecordKeys.Of(runDate, records, new RuleSet([], "rule-test") { Compliance = [enabled] });
                return ComplianceChecker.Check([enabled], runDate, keys)
                    .Select(c => ((IReadOnlyList<string>)[c.RecordId], c.Explanation));
            default:
                return [];
        }
    }
}
