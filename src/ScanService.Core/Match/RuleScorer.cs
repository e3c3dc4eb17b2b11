using System.Globalization;
using ScanService.Match.Comparators;
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
    private static readonly NameComparator Names = new();

    public static PairScore Score(LinkRule rule, PersonRecord record, Subject subject, TokenFrequencies frequencies)
    {
        var evidence = new FieldEvidence[rule.Comparisons.Count];
        Span<TokenAgreement> agreements = stackalloc TokenAgreement[NameAlignment.MaxTokens];
        var total = 0.0;
        for (var i = 0; i < evidence.Length; i++)
        {
            var comparison = rule.Comparisons[i];
            var rarityLimit = rule.RarityOf(comparison.Field);
            var weighsRarity = rarityLimit.IsActive && comparison.Field == Names.Field;
            var usedAgreements = agreements[..Math.Min(agreements.Length, weighsRarity ? record.Name.Tokens.Count : 0)];
            usedAgreements.Fill(TokenAgreement.None);
            var outcome = weighsRarity
                ? Names.Compare(record, subject, usedAgreements)
                : ComparatorCatalog.Get(comparison.Field).Compare(record, subject);
            var weight = comparison.WeightOf(outcome.Level);
            var detail = outcome.Detail;
            if (weighsRarity && weight > 0)
            {
                var adjustment = Math.Round(rarityLimit.Clamp(NameRarity.MeanRarity(record.Name, usedAgreements, frequencies)), 1);
                if (adjustment != 0)
                {
                    weight += adjustment;
                    detail = Join(detail, (adjustment > 0 ? "rare name " : "common name ") + adjustment.ToString("+0.0;−0.0", CultureInfo.InvariantCulture));
                }
            }

            if (comparison.Scaled is { } scaled && scaled.Levels.Contains(outcome.Level))
            {
                detail = Join(detail, string.Create(CultureInfo.InvariantCulture, $"weighed for {scaled.Subjects:#,0} subjects"));
            }

            evidence[i] = new FieldEvidence(comparison.Field, outcome.Level, weight, detail);
            total += weight;
        }

        return new PairScore(rule, evidence, Math.Round(total, 2));
    }

    private static string Join(string? first, string second) => first is null ? second : first + ", " + second;
}
