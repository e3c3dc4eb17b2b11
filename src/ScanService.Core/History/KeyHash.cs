using System.Security.Cryptography;
using System.Text;
using ScanService.Model;

namespace ScanService.History;

/// <summary>
/// A one-way key for a value kept in the history, so that the table can group and count without holding phones,
/// addresses or names. The kind is part of the hashed text: a phone and a premises never share a key.
/// </summary>
internal static class KeyHash
{
    // One SHA-256 state per thread, reset after each key: a one-shot hash sets up a new digest context in the
    // crypto library every time, which costs more than hashing a short key (≈1.1 µs against ≈0.7 µs here). The
    // key's bytes go through a buffer of the thread's too: a stack buffer is cleared on every call, and millions of
    // keys are made on a national night.
    [ThreadStatic]
    private static IncrementalHash? _sha256;

    [ThreadStatic]
    private static byte[]? _text;

    /// <summary>
    /// The first 16 bytes of the SHA-256 of <c>kind\nvalue</c>, as a token (see <see cref="KeyToken"/>): its text is
    /// those bytes in lowercase hex, as earlier nights stored it.
    /// </summary>
    public static KeyToken Of(string kind, ReadOnlySpan<char> value)
    {
        var length = Encoding.UTF8.GetMaxByteCount(kind.Length + 1 + value.Length);
        var text = _text is { } kept && kept.Length >= length ? kept : _text = new byte[Math.Max(length, 512)];
        var written = Encoding.UTF8.GetBytes(kind, text);
        text[written++] = (byte)'\n';
        written += Encoding.UTF8.GetBytes(value, text.AsSpan(written));

        Span<byte> hash = stackalloc byte[32];
        var sha256 = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(text, 0, written);
        sha256.GetHashAndReset(hash);
        return KeyToken.OfDigest(hash[..16]);
    }
}
