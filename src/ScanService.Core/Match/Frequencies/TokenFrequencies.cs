using ScanService.Model;

namespace ScanService.Match.Frequencies;

/// <summary>
/// How common each name word is in tonight's data and among the subjects, so that agreeing on a rare name
/// (Klodiana Xhaferi) counts for more than agreeing on a common one (Mohammed Ahmed). Each person counts each of
/// their words once.
/// </summary>
public sealed class TokenFrequencies
{
    // Records per slice when counting in parallel: large enough that a slice's overhead is nothing.
    private const int SliceSize = 16_384;

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
        // A national night's million records are counted in slices on all cores, each slice into its own table.
        var all = records as IReadOnlyList<PersonRecord> ?? [.. records];
        var slices = new Dictionary<string, int>[(all.Count + SliceSize - 1) / SliceSize];
        Parallel.For(0, slices.Length, slice =>
        {
            var counts = slices[slice] = new Dictionary<string, int>(StringComparer.Ordinal);
            var words = new List<string>();
            for (var i = slice * SliceSize; i < Math.Min(all.Count, (slice + 1) * SliceSize); i++)
            {
                words.Clear();
                AddWords(all[i].Name, words);
                CountOnce(words, counts);
            }
        });

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var slice in slices)
        {
            foreach (var (word, count) in slice)
            {
                counts[word] = counts.GetValueOrDefault(word) + count;
            }
        }

        var subjectWords = new List<string>();
        foreach (var subject in subjects)
        {
            subjectWords.Clear();
            foreach (var name in subject.Names)
            {
                AddWords(name, subjectWords);
            }

            CountOnce(subjectWords, counts);
        }

        long total = 0;
        foreach (var count in counts.Values)
        {
            total += count;
        }

        return new TokenFrequencies(counts, total);
    }

    // A person's words, each once: a person has a handful, so a look back costs less than a set.
    private static void AddWords(PersonName name, List<string> words)
    {
        foreach (var word in name.Forenames)
        {
            AddOnce(word, words);
        }

        foreach (var word in name.Surnames)
        {
            AddOnce(word, words);
        }
    }

    private static void AddOnce(string word, List<string> words)
    {
        foreach (var kept in words)
        {
            if (string.Equals(kept, word, StringComparison.Ordinal))
            {
                return;
            }
        }

        words.Add(word);
    }

    private static void CountOnce(List<string> words, Dictionary<string, int> counts)
    {
        foreach (var word in words)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _)++;
        }
    }

    /// <summary>The word's share of all words; an unseen word counts as seen once.</summary>
    public double Probability(string token) => Math.Max(1, _counts.GetValueOrDefault(token)) / _total;

    /// <summary>log2(average agreement / this word's probability): positive for rare words, negative for common.</summary>
    public double Rarity(string token) => _counts.Count == 0 ? 0 : Math.Log2(AverageAgreement / Probability(token));
}
