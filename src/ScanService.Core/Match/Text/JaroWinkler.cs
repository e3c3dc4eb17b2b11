using System.Numerics;

namespace ScanService.Match.Text;

/// <summary>
/// Jaro-Winkler similarity on spans, without allocating: match flags live on the stack for names of ordinary
/// length and only pathological inputs rent from the heap.
/// </summary>
public static class JaroWinkler
{
    private const int StackLimit = 128;

    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a.SequenceEqual(b))
        {
            return 1;
        }

        var jaro = Jaro(a, b);
        var prefix = 0;
        var maxPrefix = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < maxPrefix && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    /// <summary>
    /// <see cref="Similarity"/> when it may reach <paramref name="threshold"/>, else 0 (or the similarity itself):
    /// either way below the threshold exactly when the similarity is. Most pairs compared against a threshold
    /// share too few letters to reach it, and counting the letters they share is far cheaper than matching them.
    /// </summary>
    public static double SimilarityFrom(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double threshold) =>
        a.Length == 0 || b.Length == 0 || LengthBound(a, b) < threshold - BoundMargin || UpperBound(a, b) < threshold - BoundMargin
            ? 0
            : Similarity(a, b);

    // The bound is exact arithmetic on the same few numbers; this covers its rounding.
    internal const double BoundMargin = 1e-9;

    private const int AsciiLetters = 128;

    /// <summary>Each character as one of 64 bits (its code modulo 64): letters a–z each have their own.</summary>
    public static ulong LettersOf(ReadOnlySpan<char> word)
    {
        var bits = 0UL;
        foreach (var c in word)
        {
            bits |= 1UL << (c & 63);
        }

        return bits;
    }

    /// <summary>
    /// A bound between <see cref="LengthBound"/> and <see cref="UpperBound"/> from <see cref="LettersOf"/> both words:
    /// a bit only one word has stands for at least one of its characters the other cannot match, so neither word can
    /// match more characters than its length less the bits only it has.
    /// </summary>
    internal static double LettersBound(ReadOnlySpan<char> a, ulong aLetters, ReadOnlySpan<char> b, ulong bLetters)
    {
        var matched = Math.Min(
            a.Length - BitOperations.PopCount(aLetters & ~bLetters),
            b.Length - BitOperations.PopCount(bLetters & ~aLetters));
        return matched <= 0 ? 0 : Bound(matched, a, b);
    }

    /// <summary>
    /// A looser bound than <see cref="UpperBound"/> from the lengths and the common prefix alone (at most the shorter
    /// word's letters can match): words of very different lengths are ruled out without counting their letters.
    /// </summary>
    internal static double LengthBound(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        Bound(Math.Min(a.Length, b.Length), a, b);

    /// <summary>
    /// The most the similarity can be: Jaro's matched characters are at most the letters the words share (counted
    /// with repeats), with no transpositions, plus the Winkler bonus of their common prefix. Inputs beyond ASCII or
    /// the stack limit are not bounded (1).
    /// </summary>
    internal static double UpperBound(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > StackLimit || b.Length > StackLimit)
        {
            return 1;
        }

        Span<byte> counts = stackalloc byte[AsciiLetters];
        counts.Clear();
        foreach (var c in a)
        {
            if (c >= AsciiLetters)
            {
                return 1;
            }

            counts[c]++;
        }

        var shared = 0;
        foreach (var c in b)
        {
            if (c < AsciiLetters && counts[c] > 0)
            {
                counts[c]--;
                shared++;
            }
        }

        if (shared == 0)
        {
            return 0;
        }

        return Bound(shared, a, b);
    }

    /// <summary>The similarity with <paramref name="matched"/> characters matched and none transposed.</summary>
    private static double Bound(int matched, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        double m = matched;
        var jaro = ((m / a.Length) + (m / b.Length) + 1) / 3.0;
        var prefix = 0;
        var maxPrefix = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < maxPrefix && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    private static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> aMatched = a.Length <= StackLimit ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= StackLimit ? stackalloc bool[b.Length] : new bool[b.Length];
        aMatched.Clear();
        bMatched.Clear();

        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
    }
}
