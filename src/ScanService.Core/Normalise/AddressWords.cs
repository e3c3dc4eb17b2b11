namespace ScanService.Normalise;

/// <summary>
/// The words of addresses and their folded forms, kept per thread. A national night's addresses use a few thousand
/// distinct words ("road", "flat", town and street names, house numbers) in over a million places, and parsing one
/// folds each word several times (flat keyword, street type, street, town). Looking a word up instead of folding it
/// again, and handing out one string per distinct word, took most of ingest's allocations and half its garbage
/// collection away. Words are immutable strings, so the cache changes no result.
/// </summary>
internal static class AddressWords
{
    // Enough for every distinct word of a large export; past it the set starts again rather than growing without end
    // (the folds are bounded by WordMemo).
    private const int MaxEntries = 50_000;

    [ThreadStatic]
    private static Cache? _cache;

    private static Cache Current => _cache ??= new Cache();

    /// <summary>One shared string for the word's text.</summary>
    public static string Word(ReadOnlySpan<char> text)
    {
        var cache = Current;
        if (cache.Words.TryGetValue(text, out var word))
        {
            return word;
        }

        cache.MakeRoom();
        word = text.ToString();
        cache.Words.Add(word);
        return word;
    }

    /// <summary><see cref="NameFolder.Fold(ReadOnlySpan{char}, bool)"/> of one word, remembered.</summary>
    public static string Fold(string word, bool keepDigits = false) =>
        (keepDigits ? Current.FoldsWithDigits : Current.Folds).Of(word);

    private sealed class Cache
    {
        private readonly HashSet<string> _words = new(StringComparer.Ordinal);

        public Cache() => Words = _words.GetAlternateLookup<ReadOnlySpan<char>>();

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words { get; }

        public WordMemo<string> Folds { get; } = new(word => NameFolder.Fold(word, keepDigits: false));

        public WordMemo<string> FoldsWithDigits { get; } = new(word => NameFolder.Fold(word, keepDigits: true));

        public void MakeRoom()
        {
            if (_words.Count >= MaxEntries)
            {
                _words.Clear();
            }
        }
    }
}
