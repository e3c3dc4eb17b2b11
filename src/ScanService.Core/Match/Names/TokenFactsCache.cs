using ScanService.Match.Text;

namespace ScanService.Match.Names;

/// <summary>What name comparison needs to know about one word.</summary>
internal readonly record struct TokenFacts(string Text, string Key, MetaphoneKeys Sound, NicknameEntry? Nickname);

/// <summary>
/// The <see cref="TokenFacts"/> of each distinct name word, kept per thread. A national night has a million names
/// but only tens of thousands of distinct words (every Mohammed, every Smith), and a word's spelling key, sound keys
/// and nickname entry depend on the word alone: looking them up instead of working them out again saves the time
/// and shares one set of strings among all the names that use the word. Facts are immutable, so the cache
/// changes no result.
/// </summary>
internal static class TokenFactsCache
{
    // Enough for the distinct words of a large night; past it the cache starts again rather than growing without end.
    private const int MaxEntries = 100_000;

    [ThreadStatic]
    private static Dictionary<string, TokenFacts>? _facts;

    public static TokenFacts Of(string token)
    {
        var facts = _facts ??= new Dictionary<string, TokenFacts>(StringComparer.Ordinal);
        if (facts.TryGetValue(token, out var known))
        {
            return known;
        }

        if (facts.Count >= MaxEntries)
        {
            facts.Clear();
        }

        var key = NameVariantKey.Of(token);
        known = new TokenFacts(token, key, DoubleMetaphone.Encode(token, NameTokens.SoundLength), NicknameTable.Shared.Find(token, key));
        facts.Add(token, known);
        return known;
    }
}
