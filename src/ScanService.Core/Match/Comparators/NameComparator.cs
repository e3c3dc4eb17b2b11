using ScanService.Match.Text;
using ScanService.Model;

namespace ScanService.Match.Comparators;

/// <summary>
/// Names compared as sets of tokens, so word order and which part a system called the surname do not matter
/// (<c>NGUYEN Van Minh</c> = <c>Van Minh Nguyen</c>). Each token of the shorter name is paired with the most
/// similar unused token of the longer one; typos and transliterations pass on Jaro-Winkler similarity.
/// </summary>
public sealed class NameComparator : IFieldComparator
{
    /// <summary>Every token of the shorter name equals a token of the longer (a middle name absent).</summary>
    public const string Subset = "subset";

    /// <summary>Every token of the shorter name is close to one of the longer (typo, spelling variant, initial).</summary>
    public const string Fuzzy = "fuzzy";

    /// <summary>Only one token was given and it agrees: too little to call the same name.</summary>
    public const string Partial = "partial";

    private const double SimilarEnough = 0.90;
    private const int MaxTokens = 16;

    public string Field => "name";

    public IReadOnlyList<string> Levels { get; } =
        [Comparators.Levels.Exact, Subset, Fuzzy, Partial, Comparators.Levels.Different, Comparators.Levels.Missing];

    public ComparisonOutcome Compare(PersonRecord record, Subject subject)
    {
        if (record.Name.IsEmpty || subject.Names.Count == 0)
        {
            return new(Comparators.Levels.Missing);
        }

        var best = Levels.Count - 1;
        foreach (var known in subject.Names)
        {
            best = Math.Min(best, Levels.IndexOf(LevelOf(record.Name, known)));
        }

        return new(Levels[best]);
    }

    public static string LevelOf(PersonName a, PersonName b)
    {
        var aTokens = Tokens(a);
        var bTokens = Tokens(b);
        if (aTokens.Length == 0 || bTokens.Length == 0)
        {
            return Comparators.Levels.Missing;
        }

        var (shorter, longer) = aTokens.Length <= bTokens.Length ? (aTokens, bTokens) : (bTokens, aTokens);
        if (longer.Length > MaxTokens)
        {
            longer = longer[..MaxTokens];
        }

        Span<bool> used = stackalloc bool[longer.Length];
        int exact = 0, close = 0;
        foreach (var token in shorter)
        {
            var bestIndex = -1;
            var bestScore = 0.0;
            for (var j = 0; j < longer.Length; j++)
            {
                if (used[j])
                {
                    continue;
                }

                var score = TokenSimilarity(token, longer[j]);
                if (score > bestScore)
                {
                    bestScore = score;
                    bestIndex = j;
                }
            }

            if (bestIndex < 0 || bestScore < SimilarEnough)
            {
                continue;
            }

            used[bestIndex] = true;
            if (bestScore >= 1.0)
            {
                exact++;
            }
            else
            {
                close++;
            }
        }

        var matched = exact + close;
        if (matched < shorter.Length)
        {
            return Comparators.Levels.Different;
        }

        if (shorter.Length == 1)
        {
            return Partial;
        }

        if (close > 0)
        {
            return Fuzzy;
        }

        return shorter.Length == longer.Length ? Comparators.Levels.Exact : Subset;
    }

    /// <summary>1 for equal tokens; an initial agreeing with a full token counts as close, not equal.</summary>
    private static double TokenSimilarity(string a, string b)
    {
        if (a == b)
        {
            return 1.0;
        }

        if ((a.Length == 1 && b.StartsWith(a[0])) || (b.Length == 1 && a.StartsWith(b[0])))
        {
            return SimilarEnough;
        }

        return Math.Min(JaroWinkler.Similarity(a, b), 0.999);
    }

    private static string[] Tokens(PersonName name) =>
        name.Forenames.Length == 0 ? name.Surnames : name.Surnames.Length == 0 ? name.Forenames : [.. name.Forenames, .. name.Surnames];

    public void AddBlockingKeys(PersonRecord record, ICollection<string> keys) => AddKeys(record.Name, keys);

    public void AddBlockingKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var name in subject.Names)
        {
            AddKeys(name, keys);
        }
    }

    private static void AddKeys(PersonName name, ICollection<string> keys)
    {
        foreach (var token in name.AllTokens)
        {
            if (token.Length > 1)
            {
                keys.Add(Soundex.Encode(token));
            }
        }
    }
}
