using ScanService.Match.Text;
using ScanService.Normalise;

namespace ScanService.Match.Blocking;

/// <summary>The phonetic key blocking uses for a name token: close spellings share it.</summary>
/// <remarks>
/// Every name blocker keys every word of every subject and record, several times over, from a few tens of thousands
/// of distinct words: each thread remembers the keys it has worked out (one shared string per word).
/// </remarks>
internal static class SoundKey
{
    [ThreadStatic]
    private static WordMemo<string>? _keys;

    // Words cut from a longer text (a street's first word) are looked up without first becoming strings.
    [ThreadStatic]
    private static Dictionary<string, string>? _byCut;

    private const int MaxCutWords = 100_000;

    public static string Of(string token) => (_keys ??= new WordMemo<string>(word => Soundex.Encode(word))).Of(token);

    /// <summary>The key of a word given as part of a longer text: the same key as <see cref="Of(string)"/> gives.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        var known = _byCut ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var key))
        {
            return key;
        }

        if (known.Count >= MaxCutWords)
        {
            known.Clear();
        }

        var text = word.ToString();
        key = Of(text);
        known.Add(text, key);
        return key;
    }
}
