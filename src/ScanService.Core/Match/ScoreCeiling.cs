using ScanService.Rules;

namespace ScanService.Match;

/// <summary>
/// A cheap test that a pair cannot reach a rule's threshold, so the costly name comparison is skipped. It only
/// ever rules out pairs the full <see cref="RuleScorer"/> would also score below the threshold: the fields other
/// than the name are scored first, exactly as the scorer weighs them, and the name is assumed to reach its best
/// weight plus the largest rarity bonus. Links and their scores come from <see cref="RuleScorer"/> alone.
/// </summary>
internal sealed class ScoreCeiling
{
    // The scorer rounds the total to two decimals before comparing; stay clear of that rounding.
    private const double Margin = 0.01;

    private readonly LinkRule _rule;
    private readonly int[] _cheapFirst;
    private readonly double[] _bestAfter;
    private readonly Comparators.IFieldComparator[] _comparators;

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
            var rarity = comparison.Field == "name" && best > 0 ? rule.RarityOf(comparison.Field) : 0;
            _bestAfter[k] = _bestAfter[k + 1] + best + rarity;
        }

        _comparators = [.. _cheapFirst.Select(i => Comparators.ComparatorCatalog.Get(comparisons[i].Field))];

        // Only the name comparison is worth avoiding: without one, checking would just score the pair twice.
        NameAt = Math.Max(0, Array.FindIndex(_cheapFirst, i => comparisons[i].Field == "name"));
    }

    private int NameAt { get; }

    /// <summary>True when the pair may reach the threshold and must be scored in full.</summary>
    public bool MayLink(Model.PersonRecord record, Model.Subject subject)
    {
        var total = 0.0;
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
}
