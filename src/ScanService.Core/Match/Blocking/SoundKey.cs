using ScanService.Match.Text;

namespace ScanService.Match.Blocking;

/// <summary>The phonetic key blocking uses for a name token: close spellings share it.</summary>
internal static class SoundKey
{
    public static string Of(string token) => Soundex.Encode(token);
}
