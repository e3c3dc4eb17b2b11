namespace ScanService.Rules;

/// <summary>
/// How a link rule's weak evidence weighs as the number of subjects grows. Weights are set on a night with
/// <see cref="ReferenceSubjects"/> subjects; with more, a record is compared with more people, so evidence that
/// many people share (an exact name and an estimated birth year) is more often met by chance. Each doubling of
/// the subjects above the reference adds the given amount to the weight of a level: the prior odds of
/// Fellegi-Sunter, applied where they decide.
/// </summary>
public sealed record RuleScale(int ReferenceSubjects, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> PerDoubling)
{
    /// <summary>Doublings of <paramref name="subjects"/> above the reference; never below zero.</summary>
    public double DoublingsAt(int subjects) =>
        subjects <= ReferenceSubjects ? 0 : Math.Log2((double)subjects / ReferenceSubjects);

    /// <summary>The comparisons with the weights they have at <paramref name="subjects"/> subjects.</summary>
    public IReadOnlyList<RuleComparison> Apply(IReadOnlyList<RuleComparison> comparisons, int subjects)
    {
        var doublings = DoublingsAt(subjects);
        if (doublings == 0)
        {
            return comparisons;
        }

        return [.. comparisons.Select(c => PerDoubling.TryGetValue(c.Field, out var levels)
            ? c with
            {
                WeightByLevel = c.WeightByLevel.ToDictionary(
                    w => w.Key,
                    w => levels.TryGetValue(w.Key, out var step) ? Math.Round(w.Value + (step * doublings), 2) : w.Value,
                    StringComparer.Ordinal),
                Scaled = new ScaledWeights(subjects, levels.Keys.ToHashSet(StringComparer.Ordinal)),
            }
            : c)];
    }
}
