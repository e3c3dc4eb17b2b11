using ScanService.Model;

namespace ScanService.Match.Frequencies;

/// <summary>
/// How common each name word is in tonight's data and among the subjects, so that agreeing on a rare name
/// (Klodiana Xhaferi) counts for more than agreeing on a common one (Mohammed Ahmed). Each person counts each of
/// their words once.
/// </summary>
public sealed class TokenFrequencies
{
    private readonly Dictionary<string, int> _counts;
    private readonly double _total;

    private TokenFrequencies(Dictionary<string, int> counts, long total)
    {
        _counts = counts;
        _total = Math.Max(1, total);
        // The chance that two random words agree: the "u" of an average agreement. A word rarer than this is
        // evidence above the average; a commoner one, below.
        double sumOfSquares = 0;
        foreach (var count in counts.Values)
        {
            var p = count / _total;
            sumOfSquares += p * p;
        }

        AverageAgreement = counts.Count == 0 ? 1 : sumOfSquares;
    }

    public static readonly TokenFrequencies None = new(new Dictionary<string, int>(), 0);

    public double AverageAgreement { get; }

    public static TokenFrequencies Count(IEnumerable<PersonRecord> records, IEnumerable<Subject> subjects)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        long total = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void AddPerson(IEnumerable<PersonName> names)
        {
            seen.Clear();
            foreach (var name in names)
            {
                foreach (var token in name.Tokens)
                {
                    if (seen.Add(token))
                    {
                        counts[token] = counts.GetValueOrDefault(token) + 1;
                        total++;
                    }
                }
            }
        }

        foreach (var record in records)
        {
            AddPerson([record.Name]);
        }

        foreach (var subject in subjects)
        {
            AddPerson(subject.Names);
        }

        return new TokenFrequencies(counts, total);
    }

    /// <summary>The word's share of all words; an unseen word counts as seen once.</summary>
    public double Probability(string token) => Math.Max(1, _counts.GetValueOrDefault(token)) / _total;

    /// <summary>log2(average agreement / this word's probability): positive for rare words, negative for common.</summary>
    public double Rarity(string token) => _counts.Count == 0 ? 0 : Math.Log2(AverageAgreement / Probability(token));
}
