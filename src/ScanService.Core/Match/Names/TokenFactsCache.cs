using ScanService.Match.Text;
using ScanService.Normalise;

namespace ScanService.Match.Names;

/// <summary>What name comparison needs to know about one word.</summary>
/// <remarks>
/// A class, one per distinct word and thread: every name holds its words' facts for the night, and a reference each
/// is a fifth of what copying the facts into every name took, to write and for the collector to carry.
/// </remarks>
internal sealed record TokenFacts(string Text, string Key, MetaphoneKeys Sound, NicknameEntry? Nickname)
{
    /// <summary>The word's characters as bits (<see cref="JaroWinkler.LettersOf"/>), for the typo test's quick bound.</summary>
    public ulong Letters { get; } = JaroWinkler.LettersOf(Text);

    /// <summary>What <see cref="UnpairableWords"/> reads to rule out most pairings without asking the rules.</summary>
    public WordSignature Signature { get; } = new(Text, Key, Sound, Nickname);
}

/// <summary>
/// The <see cref="TokenFacts"/> of each distinct name word, kept per thread. A national night has a million names
/// but only tens of thousands of distinct words (every Mohammed, every Smith), and a word's spelling key, sound keys
/// and nickname entry depend on the word alone: looking them up instead of working them out again saves the time
/// and shares one set of strings among all the names that use the word.
/// </summary>
internal static class TokenFactsCache
{
    [ThreadStatic]
    private static WordMemo<TokenFacts>? _facts;

    public static TokenFacts Of(string token) => (_facts ??= new WordMemo<TokenFacts>(WorkOut)).Of(token);

    private static TokenFacts WorkOut(string token)
    {
        var key = NameVariantKey.Of(token);
        return new TokenFacts(token, key, DoubleMetaphone.Encode(token, NameTokens.SoundLength), NicknameTable.Shared.Find(token, key));
    }
}
