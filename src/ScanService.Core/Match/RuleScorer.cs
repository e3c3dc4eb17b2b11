using System.Globalization;
using ScanService.Match.Frequencies;
using ScanService.Match.Names;
using ScanService.Model;
using ScanService.Rules;

namespace ScanService.Match;

/// <summary>
/// Scores a pair under one rule: the sum of the weights of the levels each compared field reached, with an
/// agreement on a rare name weighing more and on a common one less where the rule asks for it.
/// </summary>
public static class RuleScorer
{
    public static PairScore Score(LinkRule rule, PersonRecord record, Subject subject, TokenFrequencies frequencies) =>
        Score(new RuleWeights(rule), record, subject, frequencies);

    internal static PairScore Score(RuleWeights weights, PersonRecord record, Subject subject, TokenFrequencies frequencies)
    {
        var fields = weights.Fields;
        var evidence = new FieldEvidence[fields.Length];
        Span<TokenAgreement> agreements = stackalloc TokenAgreement[NameAlignment.MaxTokens];
        var total = 0.0;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var weight = field.Weigh(record, subject, frequencies, agreements, out var outcome, out var adjustment);
            var detail = outcome.Detail;
            if (adjustment != 0)
            {
                detail = Join(detail, (adjustment > 0 ? "rare name " : "common name ") + adjustment.ToString("+0.0;−0.0", CultureInfo.InvariantCulture));
            }

            if (field.Scaled is { } scaled && scaled.Levels.Contains(outcome.Level))
            {
                detail = Join(detail, string.Create(CultureInfo.InvariantCulture, $"weighed for {scaled.Subjects:#,0} subjects"));
            }

            evidence[i] = new FieldEvidence(field.Field, outcome.Level, weight, detail);
            total += weight;
        }

        return new PairScore(weights.Rule, evidence, Math.Round(total, 2));
    }

    /// <summary>
    /// The pair's total exactly as <see cref="Score(LinkRule, PersonRecord, Subject, TokenFrequencies)"/> gives it,
    /// from weights already worked out in rule order: the same additions in the same order.
    /// </summary>
    internal static double Total(ReadOnlySpan<double> weightsInRuleOrder)
    {
        var total = 0.0;
        foreach (var weight in weightsInRuleOrder)
        {
            total += weight;
        }

        return Math.Round(total, 2);
    }

    private static string Join(string? first, string second) => first is null ? second : first + ", " + second;
}
