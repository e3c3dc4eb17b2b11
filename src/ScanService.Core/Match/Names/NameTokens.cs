using ScanService.Model;

namespace ScanService.Match.Names;

/// <summary>
/// The words of one name with their spelling keys, sound keys and nickname entries, and the spelling keys of
/// neighbouring words written together. A record is compared with many subjects and a subject with many records,
/// so this is built once per name (and cached on it); each word's own facts come from <see cref="TokenFactsCache"/>.
/// </summary>
internal sealed class NameTokens
{
    /// <summary>Longer than the standard 4: four sounds cannot tell Gebremedhin from Gebremeskel.</summary>
    public const int SoundLength = 12;

    /// <summary>Two or three neighbouring words may be one word on the other side (Abdul Rahman / Abdulrahman).</summary>
    public const int MaxJoinedWords = 3;

    public static readonly NameTokens Empty = new([], []);

    // Slot (start * 2) + (count - 2): the key of words [start, start + count) joined, or null where they cannot be.
    private readonly string?[] _joinedKeys;

    private NameTokens(TokenFacts[] facts, string?[] joinedKeys)
    {
        Facts = facts;
        _joinedKeys = joinedKeys;
    }

    public TokenFacts[] Facts { get; }

    public int Count => Facts.Length;

    public static NameTokens Of(PersonName name)
    {
        var tokens = name.Tokens;
        if (tokens.Count == 0)
        {
            return Empty;
        }

        var facts = new TokenFacts[tokens.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = TokenFactsCache.Of(tokens[i]);
        }

        return new NameTokens(facts, JoinedKeys(facts));
    }

    /// <summary>
    /// The spelling key of <paramref name="count"/> (2 or 3) words from <paramref name="start"/> written together,
    /// or null when they cannot be one word: an initial among them, or longer than a word is keyed on.
    /// </summary>
    public string? JoinedKey(int start, int count) => _joinedKeys[(start * 2) + count - 2];

    // Comparing pairs needs these for every run of words of both names; working them out here, once per name,
    // keeps the spelling rules out of the comparison of each pair.
    private static string?[] JoinedKeys(TokenFacts[] facts)
    {
        if (facts.Length < 2)
        {
            return [];
        }

        var keys = new string?[facts.Length * 2];
        Span<char> joined = stackalloc char[NameVariantKey.MaxTokenLength];
        Span<char> key = stackalloc char[NameVariantKey.MaxKeyLength];
        for (var start = 0; start < facts.Length - 1; start++)
        {
            var length = 0;
            for (var count = 1; count <= MaxJoinedWords && start + count <= facts.Length; count++)
            {
                var part = facts[start + count - 1].Text;
                // An initial glued to a word is not a way of writing a name.
                if (part.Length < 2 || length + part.Length > joined.Length)
                {
                    break;
                }

                part.CopyTo(joined[length..]);
                length += part.Length;
                if (count >= 2)
                {
                    keys[(start * 2) + count - 2] = new string(key[..NameVariantKey.Write(joined[..length], key)]);
                }
            }
        }

        return keys;
    }
}
