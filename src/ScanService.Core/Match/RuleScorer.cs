using System.Globalization;
using ScanService.Match.Comparators;
using ScanService.Match.Frequencies;
using ScanService.Model;
using ScanService.Rules;

namespace ScanService.Match;

/// <summary>
/// Scores a pair under one rule: the sum of the weights of the levels each compared field reached, with an
/// agreement on a rare value weighing more and on a common one less where the rule asks for it.
/// </summary>
public static class RuleScorer
{
    public static PairScore Score(LinkRule rule, PersonRecord record, Subject subject, TokenFrequencies frequencies)
    {
        var evidence = new FieldEvidence[rule.Comparisons.Count];
        var total = 0.0;
        for (var i = 0; i < evidence.Length; i++)
        {
            var comparison = rule.Comparisons[i];
            var outcome = ComparatorCatalog.Get(comparison.Field).Compare(record, subject);
            var weight = comparison.WeightOf(outcome.Level);
            var detail = outcome.Detail;
            if (weight > 0 && rule.RarityOf(comparison.Field) is > 0 and var limit && comparison.Field == "name")
            {
                var adjustment = Math.Clamp(NameRarity.MeanRarity(record.Name, subject, frequencies), -limit, limit);
                adjustment = Math.Round(adjustment, 1);
                if (adjustment != 0)
                {
                    weight += adjustment;
                    detail = Join(detail, (adjustment > 0 ? "rare name " : "common name ") + adjustment.ToString("+0.0;−0.0", CultureInfo.InvariantCulture));
                }
            }

            evidence[i] = new FieldEvidence(comparison.Field, outcome.Level, weight, detail);
            total += weight;
        }

        return new PairScore(rule, evidence, Math.Round(total, 2));
    }

    private static string Join(string? first, string second) => first is null ? second : first + ", " + second;
}
