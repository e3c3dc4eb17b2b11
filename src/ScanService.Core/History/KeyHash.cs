using System.Security.Cryptography;
using System.Text;

namespace ScanService.History;

/// <summary>
/// A one-way key for a value kept in the history, so that the table can group and count without holding phones,
/// addresses or names. The kind is part of the hashed text: a phone and a premises never share a key.
/// </summary>
internal static class KeyHash
{
    // Keys are short (a phone, a premises, a name and a date of birth): hashed from the stack, with no text or
    // byte array built per key. Millions are made on a national night.
    private const int StackLimit = 512;

    // One SHA-256 state per thread, reset after each key: a one-shot hash sets up a new digest context in the
    // crypto library every time, which costs more than hashing a short key (≈1.1 µs against ≈0.7 µs here).
    [ThreadStatic]
    private static IncrementalHash? _sha256;

    public static string Of(string kind, ReadOnlySpan<char> value)
    {
        var length = Encoding.UTF8.GetMaxByteCount(kind.Length + 1 + value.Length);
        Span<byte> text = length > StackLimit ? new byte[length] : stackalloc byte[StackLimit];
        var written = Encoding.UTF8.GetBytes(kind, text);
        text[written++] = (byte)'\n';
        written += Encoding.UTF8.GetBytes(value, text[written..]);

        Span<byte> hash = stackalloc byte[32];
        var sha256 = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(text[..written]);
        sha256.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
