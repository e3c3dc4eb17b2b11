using ScanService.Match.Text;

namespace ScanService.Match.Blocking;

/// <summary>The phonetic key blocking uses for a name token: close spellings share it.</summary>
/// <remarks>
/// Every name blocker keys every word of every subject and record, several times over, from a few tens of thousands
/// of distinct words: each thread remembers the keys it has worked out (one shared string per word).
/// </remarks>
internal static class SoundKey
{
    // Enough for the distinct words of a large night; past it the cache starts again rather than growing without end.
    private const int MaxEntries = 100_000;

    [ThreadStatic]
    private static Dictionary<string, string>? _keys;

    public static string Of(string token)
    {
        var keys = _keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.TryGetValue(token, out var key))
        {
            return key;
        }

        if (keys.Count >= MaxEntries)
        {
            keys.Clear();
        }

        key = Soundex.Encode(token);
        keys.Add(token, key);
        return key;
    }
}
