using ScanService.Match.Comparators;
using ScanService.Match.Frequencies;
using ScanService.Match.Names;
using ScanService.Model;
using ScanService.Rules;

namespace ScanService.Match;

/// <summary>
/// A cheap test that a pair cannot reach a rule's threshold, so the costly name comparison is skipped. It only
/// ever rules out pairs the full <see cref="RuleScorer"/> would also score below the threshold: the fields other
/// than the name are scored first, exactly as the scorer weighs them, and the name is assumed to reach its best
/// weight plus the largest rarity bonus the record's own words could earn. A field whose weight cannot change
/// whether the name is worth comparing waits until after the name, and is weighed only if the pair can still link
/// (a same date with another name is settled without comparing addresses). A pair that passes has its total added
/// up from the same weights (<see cref="Total"/>), so each field is compared once; only a link is then scored in
/// full by <see cref="RuleScorer"/> for its explanation.
/// </summary>
internal sealed class ScoreCeiling
{
    // The scorer rounds the total to two decimals before comparing; stay clear of that rounding.
    private const double Margin = 0.01;
    private const double RoundingMargin = 0.05;

    // Rules compare a handful of fields; a longer rule weighs in a heap array instead of on the stack.
    private const int StackFields = 16;

    private readonly LinkRule _rule;
    private readonly int[] _cheapFirst;
    private readonly double[] _bestAfter;
    private readonly double[] _worstAfter;
    private readonly FieldWeights[] _fields;
    private readonly bool _namePositive;

    // The most a name at best mixed can weigh (mixed, different or no name), rarity aside; null when that is no less
    // than its best, or the rule has no name.
    private readonly double? _mixedNameCap;

    public ScoreCeiling(LinkRule rule)
        : this(new RuleWeights(rule))
    {
    }

    public ScoreCeiling(RuleWeights weights)
    {
        Weights = weights;
        _rule = weights.Rule;
        _fields = weights.Fields;
        var fields = _fields;
        _cheapFirst = [.. Enumerable.Range(0, fields.Length).OrderBy(i => fields[i].Field == "name" ? 1 : 0).ThenBy(i => i)];
        _bestAfter = new double[fields.Length + 1];
        _worstAfter = new double[fields.Length + 1];
        for (var k = fields.Length - 1; k >= 0; k--)
        {
            _bestAfter[k] = _bestAfter[k + 1] + fields[_cheapFirst[k]].Best;
            _worstAfter[k] = _worstAfter[k + 1] + fields[_cheapFirst[k]].Worst;
        }

        // Without a name every field is a cheap one: each is weighed once, with the summary's shortcuts.
        var nameAt = Array.FindIndex(_cheapFirst, i => fields[i].Field == "name");
        NameAt = nameAt < 0 ? fields.Length : nameAt;
        _namePositive = fields.Any(f => f.Field == "name" && f.Best > 0);
        if (nameAt >= 0 && fields[_cheapFirst[nameAt]] is var name)
        {
            var cap = new[] { NameComparator.Mixed, Levels.Different, Levels.Missing }.Max(name.WeightOf);
            _mixedNameCap = cap < name.Best ? cap : null;
        }
    }

    public RuleWeights Weights { get; }

    private int NameAt { get; }

    /// <summary>
    /// The pair's total as <see cref="RuleScorer"/> gives it, or null when the ceiling rules the pair out: before
    /// its name is compared, or after it on the fields that could wait for it. Allocates nothing.
    /// </summary>
    public double? Total(PersonRecord record, Subject subject, double nameRarityBound, TokenFrequencies frequencies) =>
        Total(record, subject, SubjectSummary.Of(subject), PhoneHashes.Of(record.Phones), nameRarityBound, frequencies);

    /// <summary>
    /// As <see cref="Total(PersonRecord, Subject, double, TokenFrequencies)"/>, with the subject's summary and the
    /// record's phone hashes already made.
    /// </summary>
    public double? Total(PersonRecord record, Subject subject, in SubjectSummary summary, in PhoneHashes recordPhones,
        double nameRarityBound, TokenFrequencies frequencies) =>
        Total(record, subject, summary, recordPhones, nameRarityBound, frequencies, out _);

    /// <summary>
    /// As <see cref="Total(PersonRecord, Subject, in SubjectSummary, in PhoneHashes, double, TokenFrequencies)"/>;
    /// <paramref name="passed"/> tells whether the pair passed the ceiling to have its name compared (a rule without a
    /// name: its fields weighed in full); it may still be ruled out after, on the fields that waited for the name.
    /// </summary>
    public double? Total(PersonRecord record, Subject subject, in SubjectSummary summary, in PhoneHashes recordPhones,
        double nameRarityBound, TokenFrequencies frequencies, out bool passed) =>
        Total(record, subject, summary, RecordSummary.Of(record, recordPhones), nameRarityBound, frequencies, signed: null, out passed);

    /// <summary>
    /// As <see cref="Total(PersonRecord, Subject, in SubjectSummary, in PhoneHashes, double, TokenFrequencies, out bool)"/>,
    /// with the record's summary made once for all its pairs, and the pair's names already signed
    /// (<see cref="SignedPair"/>) when <paramref name="signed"/> is given.
    /// </summary>
    public double? Total(PersonRecord record, Subject subject, in SubjectSummary summary, in RecordSummary recordSummary,
        double nameRarityBound, TokenFrequencies frequencies, SignedPair? signed, out bool passed)
    {
        passed = false;
        Span<double> stack = stackalloc double[StackFields];
        var weights = _fields.Length <= StackFields ? stack[.._fields.Length] : new double[_fields.Length];
        if (CheapFieldsMayLink(record, subject, summary, recordSummary, nameRarityBound, weights, out var sum) is not { } weighed)
        {
            return null;
        }

        passed = true;
        var floor = _rule.Threshold - Margin;
        if (_mixedNameCap is { } cap && (signed is { } names
                ? UnpairableWords.OnBothSidesFrom(record.Name, names.Record, subject.Names, names.Subjects, names.FirstName, names.Names)
                : UnpairableWords.OnBothSides(record.Name, subject.Names)))
        {
            // The name is at best mixed: the waiting fields are weighed first, and may settle the pair without it.
            var nameBound = cap > 0 ? cap + nameRarityBound : cap;
            for (var k = weighed; k < NameAt; k++)
            {
                if (sum + nameBound + (_bestAfter[k] - _bestAfter[NameAt]) < floor)
                {
                    return null;
                }

                var at = _cheapFirst[k];
                weights[at] = _fields[at].WeighCheap(record, subject, summary, recordSummary);
                sum += weights[at];
            }

            if (sum + nameBound < floor)
            {
                return null;
            }

            weighed = NameAt;
        }

        Span<TokenAgreement> agreements = stackalloc TokenAgreement[NameAlignment.MaxTokens];
        for (var k = NameAt; k < _cheapFirst.Length; k++)
        {
            var at = _cheapFirst[k];
            weights[at] = _fields[at].Weigh(record, subject, frequencies, agreements, out _, out _);
            sum += weights[at];
        }

        // The fields that could not change whether the name was worth comparing are weighed now, and only while
        // the pair can still reach the threshold: most pairs whose name disagrees never have their address compared.
        for (var k = weighed; k < NameAt; k++)
        {
            if (sum + (_bestAfter[k] - _bestAfter[NameAt]) < floor)
            {
                return null;
            }

            var at = _cheapFirst[k];
            weights[at] = _fields[at].WeighCheap(record, subject, summary, recordSummary);
            sum += weights[at];
        }

        return RuleScorer.Total(weights);
    }

    /// <summary>
    /// Weighs the fields before the name into <paramref name="weights"/> (rule order) while the threshold is in reach,
    /// stopping once the name will be compared whatever the rest weigh. Returns how many fields (in cheap order) it
    /// weighed, or null when the pair cannot link; <paramref name="sum"/> is their weights' sum, rarity not included.
    /// </summary>
    private int? CheapFieldsMayLink(PersonRecord record, Subject subject, in SubjectSummary summary, in RecordSummary recordSummary,
        double nameRarityBound, Span<double> weights, out double sum)
    {
        sum = 0;
        var floor = _rule.Threshold - Margin;
        for (var k = 0; k < NameAt; k++)
        {
            if (nameRarityBound + sum + (_worstAfter[k] - _worstAfter[NameAt]) + _bestAfter[NameAt] >= floor)
            {
                return k;
            }

            var weight = _fields[_cheapFirst[k]].WeighCheap(record, subject, summary, recordSummary);
            weights[_cheapFirst[k]] = weight;
            sum += weight;
            if (nameRarityBound + sum + _bestAfter[k + 1] < floor)
            {
                return null;
            }
        }

        return NameAt;
    }

    /// <summary>
    /// The most rarity can add to this record's name under the rule. The scorer adds the mean rarity of the words
    /// that agreed, which is at most the rarest word's, or nothing when no word agreed exactly or as a variant; so a
    /// record of common words (every word below average) gains nothing, where the rule's limit would allow +2.
    /// The margin covers the scorer's rounding to one decimal.
    /// </summary>
    public double NameRarityBound(PersonRecord record, TokenFrequencies frequencies)
    {
        var limit = _rule.RarityOf("name").Rare;
        if (limit <= 0 || !_namePositive)
        {
            return 0;
        }

        var rarest = double.NegativeInfinity;
        var tokens = record.Name.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Length >= 2)
            {
                rarest = Math.Max(rarest, frequencies.Rarity(tokens[i]));
            }
        }

        return Math.Clamp(rarest + RoundingMargin, 0, limit);
    }
}

/// <summary>
/// A pair's names as <see cref="UnpairableWords"/> reads them first: the record's (the one owner of
/// <see cref="Record"/>) and the subject's (<see cref="Names"/> names from <see cref="FirstName"/> in <see cref="Subjects"/>).
/// </summary>
internal readonly record struct SignedPair(NameSignatures Record, NameSignatures Subjects, int FirstName, int Names);
