using System.Text;

namespace ScanService.Ingest.Mappings;

/// <summary>
/// The encodings a source mapping may name. Every decoder is strict (an undecodable byte is an error, never a
/// replacement character), because a garbled name silently stops matching.
/// </summary>
public static class SourceEncodings
{
    public const string Utf8 = "utf-8";
    public const string Windows1252 = "windows-1252";
    public const string Latin1 = "iso-8859-1";

    public static readonly IReadOnlyList<string> Names = [Utf8, Windows1252, Latin1];

    private static readonly Dictionary<string, string> ByAlias = new(StringComparer.OrdinalIgnoreCase)
    {
        [Utf8] = Utf8, ["utf8"] = Utf8,
        [Windows1252] = Windows1252, ["windows1252"] = Windows1252, ["cp1252"] = Windows1252, ["cp-1252"] = Windows1252,
        [Latin1] = Latin1, ["iso8859-1"] = Latin1, ["latin1"] = Latin1, ["latin-1"] = Latin1,
    };

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SourceEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The canonical name for a name or common alias (<c>cp1252</c>, <c>latin1</c>), or null.</summary>
    public static string? Canonical(string name) => ByAlias.TryGetValue(name.Trim(), out var canonical) ? canonical : null;

    public static bool IsUtf8(string name) => name == Utf8;

    public static Encoding Get(string name) => name switch
    {
        Utf8 => StrictUtf8,
        Windows1252 => Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        Latin1 => Encoding.GetEncoding(28591, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a supported source encoding"),
    };

    /// <summary>
    /// Bytes that decode without complaint yet are no character anyone types: the five bytes Windows-1252 leaves
    /// unassigned (mapped to invisible control codes) and ISO-8859-1's C1 controls. Seeing one means the file is
    /// in some other encoding.
    /// </summary>
    public static bool IsUnassigned(string name, byte value) => name switch
    {
        Windows1252 => value is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D,
        Latin1 => value is >= 0x80 and <= 0x9F,
        _ => false,
    };
}
