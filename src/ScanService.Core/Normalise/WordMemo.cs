namespace ScanService.Normalise;

/// <summary>
/// Remembers what was worked out from each distinct word, for one thread. A night has millions of names and
/// addresses but only tens of thousands of distinct words (address words are folded, name words keyed), and what is worked out from a word depends on the word
/// alone, so remembering it changes no result. Hold one in a <c>[ThreadStatic]</c> field: it is not thread-safe.
/// </summary>
internal sealed class WordMemo<TValue>(Func<string, TValue> workOut)
{
    // Enough for the distinct words of a large night; past it the memo starts again rather than growing without end.
    private const int MaxEntries = 100_000;

    private readonly Dictionary<string, TValue> _known = new(StringComparer.Ordinal);

    public TValue Of(string word)
    {
        if (_known.TryGetValue(word, out var value))
        {
            return value;
        }

        if (_known.Count >= MaxEntries)
        {
            _known.Clear();
        }

        value = workOut(word);
        _known.Add(word, value);
        return value;
    }
}
