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

    public static string Of(string token) => (_keys ??= new WordMemo<string>(word => Soundex.Encode(word))).Of(token);
}
