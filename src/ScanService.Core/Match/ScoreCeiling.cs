using ScanService.Rules;

namespace ScanService.Match;

/// <summary>
/// A cheap test that a pair cannot reach a rule's threshold, so the costly name comparison is skipped. It only
/// ever rules out pairs the full <see cref="RuleScorer"/> would also score below the threshold: the fields other
/// than the name are scored first, exactly as the scorer weighs them, and the name is assumed to reach its best
/// weight plus the largest rarity bonus the record's own words could earn. Links and their scores come from
/// <see cref="RuleScorer"/> alone.
/// </summary>
internal sealed class ScoreCeiling
{
    // The scorer rounds the total to two decimals before comparing; stay clear of that rounding.
    private const double Margin = 0.01;
    private const double RoundingMargin = 0.05;

    private readonly LinkRule _rule;
    private readonly int[] _cheapFirst;
    private readonly double[] _bestAfter;
    private readonly Comparators.IFieldComparator[] _comparators;
    private readonly bool _namePositive;

    public ScoreCeiling(LinkRule rule)
    {
        _rule = rule;
        var comparisons = rule.Comparisons;
        _cheapFirst = [.. Enumerable.Range(0, comparisons.Count).OrderBy(i => comparisons[i].Field == "name" ? 1 : 0).ThenBy(i => i)];
        _bestAfter = new double[comparisons.Count + 1];
        for (var k = comparisons.Count - 1; k >= 0; k--)
        {
            var comparison = comparisons[_cheapFirst[k]];
            var best = Math.Max(0, comparison.WeightByLevel.Values.DefaultIfEmpty(0).Max());
            _bestAfter[k] = _bestAfter[k + 1] + best;
        }

        _comparators = [.. _cheapFirst.Select(i => Comparators.ComparatorCatalog.Get(comparisons[i].Field))];

        // Only the name comparison is worth avoiding: without one, checking would just score the pair twice.
        NameAt = Math.Max(0, Array.FindIndex(_cheapFirst, i => comparisons[i].Field == "name"));
        _namePositive = comparisons.Any(c => c.Field == "name" && c.WeightByLevel.Values.Any(w => w > 0));
    }

    private int NameAt { get; }

    /// <summary>
    /// True when the pair may reach the threshold and must be scored in full. <paramref name="nameRarityBound"/> is
    /// the most the record's name can gain from rarity (see <see cref="NameRarityBound"/>).
    /// </summary>
    public bool MayLink(Model.PersonRecord record, Model.Subject subject, double nameRarityBound)
    {
        var total = nameRarityBound;
        for (var k = 0; k < NameAt; k++)
        {
            var comparison = _rule.Comparisons[_cheapFirst[k]];
            total += comparison.WeightOf(_comparators[k].Compare(record, subject).Level);
            if (total + _bestAfter[k + 1] < _rule.Threshold - Margin)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The most rarity can add to this record's name under the rule. The scorer adds the mean rarity of the words
    /// that agreed, which is at most the rarest word's, or nothing when no word agreed exactly or as a variant; so a
    /// record of common words (every word below average) gains nothing, where the rule's limit would allow +2.
    /// The margin covers the scorer's rounding to one decimal.
    /// </summary>
    public double NameRarityBound(Model.PersonRecord record, Frequencies.TokenFrequencies frequencies)
    {
        var limit = _rule.RarityOf("name");
        if (limit <= 0 || !_namePositive)
        {
            return 0;
        }

        var rarest = double.NegativeInfinity;
        foreach (var token in record.Name.Tokens)
        {
            if (token.Length >= 2)
            {
                rarest = Math.Max(rarest, frequencies.Rarity(token));
            }
        }

        return Math.Clamp(rarest + RoundingMargin, 0, limit);
    }
}
