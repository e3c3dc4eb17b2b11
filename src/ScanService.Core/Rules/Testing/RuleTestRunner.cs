using System.Globalization;
using ScanService.Match;
using ScanService.Match.Frequencies;
using ScanService.Model;

namespace ScanService.Rules.Testing;

/// <summary>
/// Runs rule test cases through the real matching: records and subjects are normalised as in a run, word
/// frequencies are counted from the case itself, and each expected rule runs alone in a <see cref="MatchEngine"/>
/// (blocking included), so a pair the engine would never compare fails the test as it would fail at night.
/// </summary>
public sealed partial class RuleTestRunner
{
    private readonly Dictionary<string, IScanRule> _rules;
    private readonly DateOnly _runDate;

    public RuleTestRunner(IEnumerable<IScanRule> rules, DateOnly runDate)
    {
        _rules = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _runDate = runDate;
    }

    public RuleTestResult Run(RuleTestCase testCase)
    {
        var runDate = testCase.RunDate ?? _runDate;
        var people = new TestPeople(runDate);
        var records = people.Records(testCase.Records);
        var subjects = people.Subjects(testCase.Subjects);
        var frequencies = TokenFrequencies.Count(records, subjects);
        var differences = new List<string>();
        var notes = new List<string>(people.Notes);
        foreach (var expectation in testCase.Expectations)
        {
            if (!_rules.TryGetValue(expectation.RuleId, out var anyRule))
            {
                differences.Add($"no rule has the id '{expectation.RuleId}'" + Suggest.Hint(expectation.RuleId, _rules.Keys));
                continue;
            }

            if (anyRule is not LinkRule rule)
            {
                differences.AddRange(CompareAggregate(expectation, anyRule, records, runDate));
                continue;
            }

            if (!rule.Enabled)
            {
                notes.Add($"rule '{rule.Id}' is disabled (enabled: false); it was tested as if enabled");
            }

            // A disabled rule is tested as it would behave once switched on: that is what its author wants to know.
            var tested = rule with { Enabled = true };
            var alerts = new MatchEngine(new RuleSet([tested], "rule-test"), subjects, frequencies).Match(records)
                .Where(a => (expectation.RecordId ?? a.RecordId) == a.RecordId && (expectation.SubjectRef ?? a.SubjectRef) == a.SubjectRef)
                .DistinctBy(a => (a.RecordId, a.SubjectRef))
                .ToList();
            differences.AddRange(Compare(expectation, tested, alerts, records, subjects, frequencies));
        }

        return new RuleTestResult(testCase, differences, notes);
    }

    private static IEnumerable<string> Compare(
        RuleExpectation expected, LinkRule rule, List<LinkAlert> alerts, List<PersonRecord> records, List<Subject> subjects, TokenFrequencies frequencies)
    {
        var about = Describe(expected);
        if (!expected.Alert)
        {
            if (alerts.Count > 0)
            {
                yield return $"expected no alert from {rule.Id}{about}, got {alerts.Count}:";
                foreach (var alert in alerts)
                {
                    yield return $"  {alert.RecordId} ↔ {alert.SubjectRef}: score {Show(alert.Score)}: {alert.Explanation}";
                }
            }

            yield break;
        }

        if (alerts.Count == 0)
        {
            yield return $"expected an alert from {rule.Id}{about}, got none";
            foreach (var line in BestPair(expected, rule, records, subjects, frequencies))
            {
                yield return "  " + line;
            }

            yield break;
        }

        if (alerts.Any(a => Fits(expected, a)))
        {
            yield break;
        }

        var band = expected.MinScore is null && expected.MaxScore is null ? string.Empty : $" with score {Band(expected)}";
        var fields = expected.MatchedOn is null ? string.Empty : $" matched on {string.Join('+', expected.MatchedOn)}";
        yield return $"expected an alert from {rule.Id}{about}{band}{fields}, got:";
        foreach (var alert in alerts)
        {
            yield return $"  {alert.RecordId} ↔ {alert.SubjectRef}: score {Show(alert.Score)}, matched on {alert.MatchedOn}: {alert.Explanation}";
        }
    }

    private static bool Fits(RuleExpectation expected, LinkAlert alert) =>
        (expected.MinScore is not { } min || alert.Score >= min) &&
        (expected.MaxScore is not { } max || alert.Score <= max) &&
        (expected.MatchedOn is null || expected.MatchedOn.SetEquals(alert.MatchedOn.Split('+', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>The highest-scoring pair, scored directly (no blocking), to show how far it fell short.</summary>
    private static IEnumerable<string> BestPair(RuleExpectation expected, LinkRule rule, List<PersonRecord> records, List<Subject> subjects, TokenFrequencies frequencies)
    {
        var inScope = records.Where(r => (expected.RecordId ?? r.RecordId) == r.RecordId).ToList();
        var applicable = inScope.Where(r => rule.AppliesTo(r.Source)).ToList();
        if (inScope.Count > 0 && applicable.Count == 0)
        {
            yield return $"the rule does not apply to source(s) {string.Join(", ", inScope.Select(r => r.Source).Distinct())} " +
                $"(its sources: {string.Join(", ", rule.Sources ?? new HashSet<string>())}); give the record a 'source:'";
            yield break;
        }

        var best = applicable
            .SelectMany(r => subjects.Where(s => (expected.SubjectRef ?? s.SubjectRef) == s.SubjectRef).Select(s => (r, s)))
            .Select(p => (p.r, p.s, score: RuleScorer.Score(rule, p.r, p.s, frequencies)))
            .MaxBy(p => p.score.Total);
        if (best.score is null)
        {
            yield return "no record and subject of the case fit the expectation's record/subject";
            yield break;
        }

        yield return $"best pair {best.r.RecordId} ↔ {best.s.SubjectRef}: score {Show(best.score.Total)}: {best.score.Explain()}";
        if (best.score.IsLink)
        {
            yield return "the pair scores enough, but blocking never offered it for comparison (no shared key on a field with a positive weight)";
        }
    }

    private static string Describe(RuleExpectation expected) =>
        (expected.RecordId, expected.SubjectRef) switch
        {
            (null, null) => string.Empty,
            ({ } record, null) => $" for record {record}",
            (null, { } subject) => $" for subject {subject}",
            ({ } record, { } subject) => $" for {record} ↔ {subject}",
        };

    private static string Band(RuleExpectation expected) => (expected.MinScore, expected.MaxScore) switch
    {
        ({ } min, { } max) when min == max => Show(min),
        ({ } min, { } max) => $"{Show(min)}–{Show(max)}",
        ({ } min, null) => $"≥ {Show(min)}",
        (null, { } max) => $"≤ {Show(max)}",
        _ => "any",
    };

    private static string Show(double value) => value.ToString("0.0#", CultureInfo.InvariantCulture);
}
