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

    public static string Of(string kind, string value)
    {
        var length = Encoding.UTF8.GetMaxByteCount(kind.Length + 1 + value.Length);
        Span<byte> text = length > StackLimit ? new byte[length] : stackalloc byte[StackLimit];
        var written = Encoding.UTF8.GetBytes(kind, text);
        text[written++] = (byte)'\n';
        written += Encoding.UTF8.GetBytes(value, text[written..]);

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(text[..written], hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
