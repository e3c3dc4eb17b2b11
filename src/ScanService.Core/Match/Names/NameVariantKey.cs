namespace ScanService.Match.Names;

/// <summary>
/// A spelling key for one folded name word: spellings and transliterations of one name share it
/// (Mohammed, Mohamed, Muhammad, Mohammad → one key; Yousif, Yusuf, Yousef, Youssef; Tesfay, Tesfaye;
/// Abdulrahman, Abdelrahman, Abdurrahman), while names that differ in a way that changes the name keep apart
/// (Maria/Mario, Daniel/Daniela, Ivan/Ivana, John/Joan, Hassan/Hussein).
/// </summary>
/// <remarks>
/// Built in three steps: hand-listed spellings (<c>curated_spellings.csv</c>) are replaced by the first of their
/// line; letter groups are rewritten (<see cref="NameSpelling"/>); then, in words of five letters or more, the
/// vowels are reduced to their shape (<see cref="NameShape"/>). Words shorter than five keep their vowels: in
/// Jan/Jen, Tom/Tim, Lan/Lanh or Minh/Manh the vowel is the name.
/// </remarks>
public static class NameVariantKey
{
    /// <summary>Longer words are keyed on their first 64 letters.</summary>
    public const int MaxTokenLength = 64;

    /// <summary>Room enough for any key: x → ks can double a word, the particle adds two letters.</summary>
    public const int MaxKeyLength = (MaxTokenLength * 2) + 4;

    public static string Of(ReadOnlySpan<char> token)
    {
        Span<char> key = stackalloc char[MaxKeyLength];
        return new string(key[..Write(token, key)]);
    }

    /// <summary>Writes the key without allocating; <paramref name="destination"/> holds <see cref="MaxKeyLength"/>.</summary>
    public static int Write(ReadOnlySpan<char> token, Span<char> destination)
    {
        if (token.Length > MaxTokenLength)
        {
            token = token[..MaxTokenLength];
        }

        token = CuratedSpellings.Shared.Canonical(token);
        Span<char> spelt = stackalloc char[MaxKeyLength];
        var length = NameSpelling.Normalise(token, spelt);
        return NameShape.Write(spelt[..length], destination);
    }

    /// <summary>
    /// True when two keys have the same shape — the same vowels or vowel marks, at the same places among the
    /// same number of consonants — whatever the consonants are: what a sound-alike match must also share, so
    /// that only consonants may sound alike (Susan/Suzan) while a vowel or a letter moved keeps names apart.
    /// </summary>
    public static bool SameVowelShape(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            var vowel = NameShape.IsVowelMark(a[i]);
            if (vowel != NameShape.IsVowelMark(b[i]) || (vowel && a[i] != b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
