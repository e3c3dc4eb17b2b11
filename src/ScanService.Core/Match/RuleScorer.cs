using ScanService.Match.Comparators;
using ScanService.Model;
using ScanService.Rules;

namespace ScanService.Match;

/// <summary>Scores a pair under one rule: the sum of the weights of the levels each compared field reached.</summary>
public static class RuleScorer
{
    public static PairScore Score(LinkRule rule, PersonRecord record, Subject subject)
    {
        var evidence = new FieldEvidence[rule.Comparisons.Count];
        var total = 0.0;
        for (var i = 0; i < evidence.Length; i++)
        {
            var comparison = rule.Comparisons[i];
            var outcome = ComparatorCatalog.Get(comparison.Field).Compare(record, subject);
            var weight = comparison.WeightOf(outcome.Level);
            evidence[i] = new FieldEvidence(comparison.Field, outcome.Level, weight, outcome.Detail);
            total += weight;
        }

        return new PairScore(rule, evidence, Math.Round(total, 2));
    }
}
