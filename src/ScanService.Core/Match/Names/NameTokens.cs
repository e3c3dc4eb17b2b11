using ScanService.Match.Text;
using ScanService.Model;

namespace ScanService.Match.Names;

/// <summary>What name comparison needs to know about one word, worked out once per name.</summary>
internal readonly record struct TokenFacts(string Text, string Key, MetaphoneKeys Sound, NicknameEntry? Nickname);

/// <summary>
/// The words of one name with their spelling keys, sound keys and nickname entries. A record is compared with
/// many subjects and a subject with many records, so this is built once per name (and cached on it).
/// </summary>
internal sealed class NameTokens
{
    /// <summary>Longer than the standard 4: four sounds cannot tell Gebremedhin from Gebremeskel.</summary>
    public const int SoundLength = 12;

    public static readonly NameTokens Empty = new([]);

    private NameTokens(TokenFacts[] facts) => Facts = facts;

    public TokenFacts[] Facts { get; }

    public int Count => Facts.Length;

    public static NameTokens Of(PersonName name)
    {
        var tokens = name.Tokens;
        if (tokens.Count == 0)
        {
            return Empty;
        }

        var nicknames = NicknameTable.Shared;
        var facts = new TokenFacts[tokens.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            var text = tokens[i];
            facts[i] = new TokenFacts(text, NameVariantKey.Of(text), DoubleMetaphone.Encode(text, SoundLength), nicknames.Find(text));
        }

        return new NameTokens(facts);
    }
}
