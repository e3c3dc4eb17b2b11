using ScanService.Match.Text;

namespace ScanService.Match.Names;

/// <summary>When two words of two names count as the same word, and how strongly.</summary>
internal static class TokenRules
{
    /// <summary>Jaro-Winkler similarity from which two words are taken for a typing error of one another.</summary>
    public const double TypoSimilarity = 0.88;

    /// <summary>Sound keys speak only for words this long: in short words one consonant is the name (Lan/Lanh).</summary>
    private const int MinSoundAlikeLength = 5;

    /// <summary>A nickname, or another spelling: the same spelling key, or the same sound and vowel shape.</summary>
    public static TokenAgreementKind Variant(TokenFacts a, TokenFacts b)
    {
        if (a.Key == b.Key)
        {
            return TokenAgreementKind.Spelling;
        }

        if (a.Nickname is { } x && b.Nickname is { } y && NicknameEntry.AreEquivalent(x, y))
        {
            return TokenAgreementKind.Nickname;
        }

        return SoundAlike(a, b) ? TokenAgreementKind.Spelling : TokenAgreementKind.None;
    }

    /// <summary>
    /// Double Metaphone agreement as a second signal, for consonants the spelling key leaves apart (Susan/Suzan,
    /// Mikhail/Michael). The first letter and the vowel shape must agree too, because the sound key ignores
    /// vowels, and vowels are what tell Hassan from Hussein or Maria from Mario.
    /// </summary>
    private static bool SoundAlike(TokenFacts a, TokenFacts b) =>
        a.Text.Length >= MinSoundAlikeLength && b.Text.Length >= MinSoundAlikeLength &&
        a.Key.Length > 0 && b.Key.Length > 0 && a.Key[0] == b.Key[0] &&
        NameVariantKey.SameVowelShape(a.Key, b.Key) && a.Sound.SharesKeyWith(b.Sound);

    /// <summary>
    /// As <see cref="TypoScore(string, string)"/>, first ruling out words whose characters differ too much to be a
    /// typo from the bits of their characters alone (most words of two unrelated names).
    /// </summary>
    public static double TypoScore(TokenFacts a, TokenFacts b) =>
        a.Text.Length < 2 || b.Text.Length < 2 || JaroWinkler.LettersBound(a.Text, a.Letters, b.Text, b.Letters) < TypoSimilarity - JaroWinkler.BoundMargin
            ? 0
            : TypoScore(a.Text, b.Text);

    /// <summary>The similarity of two words when it is high enough to be a typo; 0 otherwise.</summary>
    public static double TypoScore(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }

        var similarity = JaroWinkler.SimilarityFrom(a, b, TypoSimilarity);
        return similarity >= TypoSimilarity ? similarity : 0;
    }

    /// <summary>A single letter standing for a longer word that starts with it.</summary>
    public static bool IsInitialOf(string initial, string word) => initial.Length == 1 && word.Length > 1 && word[0] == initial[0];

    /// <summary>True when the words <paramref name="parts"/> written together are <paramref name="whole"/>, letter for letter.</summary>
    public static bool JoinsTo(TokenFacts whole, ReadOnlySpan<TokenFacts> parts)
    {
        // The words must fill the whole exactly and start it: most pairs fail here. A word longer than names are
        // keyed on is never taken for joined words.
        if (whole.Text.Length > NameVariantKey.MaxTokenLength || !FillsExactly(whole.Text, parts))
        {
            return false;
        }

        var at = 0;
        foreach (var part in parts)
        {
            // An initial glued to a word is not a way of writing a name.
            if (part.Text.Length < 2 || !whole.Text.AsSpan(at).StartsWith(part.Text, StringComparison.Ordinal))
            {
                return false;
            }

            at += part.Text.Length;
        }

        return true;
    }

    /// <summary>
    /// True when words written together have <paramref name="whole"/>'s spelling key (Abdul Rahman / Abdelrahman);
    /// <paramref name="joinedKey"/> is their key (<see cref="NameTokens.JoinedKey"/>), null when they cannot be joined.
    /// </summary>
    public static bool JoinsBySpelling(TokenFacts whole, string? joinedKey) => joinedKey is not null && joinedKey == whole.Key;

    private static bool FillsExactly(string whole, ReadOnlySpan<TokenFacts> parts)
    {
        var length = 0;
        foreach (var part in parts)
        {
            length += part.Text.Length;
        }

        return length == whole.Length && whole.StartsWith(parts[0].Text, StringComparison.Ordinal);
    }
}
