using System.Buffers.Binary;
using System.Globalization;

namespace ScanService.Model;

/// <summary>
/// A history key's value as it is held in memory: a 128-bit digest (a phone, a premises, a person) as a number
/// rather than as its 32 hexadecimal characters, or any other text (a partner's record id) as it is. A national
/// night holds a million and a half keys, each with a value and a person: held as text they were two strings per
/// key, most of the findings stage's allocation and a third of the heap the match then ran beside.
/// </summary>
/// <remarks>
/// Text that is exactly 32 lowercase hexadecimal digits is always held as its digest, so a value read back from the
/// database as text equals the same value made tonight as a digest, and two tokens are equal exactly when their
/// texts are.
/// </remarks>
public readonly struct KeyToken : IEquatable<KeyToken>
{
    /// <summary>Characters of a digest's text.</summary>
    public const int DigestLength = 32;

    // The digest as two halves rather than one UInt128, which is aligned to 16 bytes: a token is then 24 bytes, not
    // 32, in every key and dictionary entry.
    private readonly ulong _high;
    private readonly ulong _low;
    private readonly string? _text;

    private KeyToken(UInt128 digest, string? text)
    {
        _high = (ulong)(digest >> 64);
        _low = (ulong)digest;
        _text = text;
    }

    private UInt128 Digest => new(_high, _low);

    /// <summary>The token of a value's text; a digest's text becomes the digest.</summary>
    public static KeyToken Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseDigest(text, out var digest) ? new KeyToken(digest, null) : new KeyToken(default, text);
    }

    /// <summary>As <see cref="Of(string)"/>, from characters: a digest's text is never made into a string.</summary>
    public static KeyToken Of(ReadOnlySpan<char> text) =>
        TryParseDigest(text, out var digest) ? new KeyToken(digest, null) : new KeyToken(default, new string(text));

    /// <summary>
    /// As <see cref="Of(string)"/>, from text as UTF-8 (as a database gives it): a digest's 32 digits become its 16
    /// bytes directly, with no characters decoded and no number parsed. A running night reads millions of stored keys.
    /// </summary>
    public static KeyToken OfUtf8(ReadOnlySpan<byte> utf8)
    {
        if (IsDigestText(utf8))
        {
            Span<byte> digest = stackalloc byte[DigestLength / 2];
            Convert.FromHexString(utf8, digest, out _, out _);
            return OfDigest(digest);
        }

        return Of(System.Text.Encoding.UTF8.GetString(utf8));
    }

    /// <summary>The token of a digest's leading 16 bytes, read as one big-endian number (so its text is their hex).</summary>
    public static KeyToken OfDigest(ReadOnlySpan<byte> digest) => new(BinaryPrimitives.ReadUInt128BigEndian(digest), null);

    public bool IsDigest => _text is null;

    /// <summary>The value's text: the digest in 32 lowercase hexadecimal digits, or the text it was made from.</summary>
    public override string ToString() => _text ?? Digest.ToString("x32", CultureInfo.InvariantCulture);

    /// <summary>
    /// The value's text without making a string of a digest: written into <paramref name="buffer"/> (at least
    /// <see cref="DigestLength"/> characters) for a digest, the text itself otherwise.
    /// </summary>
    public ReadOnlySpan<char> AsSpan(Span<char> buffer)
    {
        if (_text is not null)
        {
            return _text;
        }

        Digest.TryFormat(buffer, out var written, "x32", CultureInfo.InvariantCulture);
        return buffer[..written];
    }

    public bool Equals(KeyToken other) =>
        _text is null ? other._text is null && _high == other._high && _low == other._low : string.Equals(_text, other._text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is KeyToken other && Equals(other);

    // A digest's bits are already uniform: its low half is as good a hash as any.
    public override int GetHashCode() => _text is null ? (int)_low : StringComparer.Ordinal.GetHashCode(_text);

    public static bool operator ==(KeyToken left, KeyToken right) => left.Equals(right);

    public static bool operator !=(KeyToken left, KeyToken right) => !left.Equals(right);

    // Lowercase only, as TryParseDigest.
    private static bool IsDigestText(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length != DigestLength)
        {
            return false;
        }

        foreach (var b in utf8)
        {
            if (b is not ((>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseDigest(ReadOnlySpan<char> text, out UInt128 digest)
    {
        digest = default;
        if (text.Length != DigestLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            // Lowercase only: an uppercase spelling is other text, and must stay unequal to the digest's own text.
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return UInt128.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out digest);
    }
}
