using System.Security.Cryptography;
using System.Text;

namespace ScanService.History;

/// <summary>
/// A one-way key for a value kept in the history, so that the table can group and count without holding phones,
/// addresses or names. The kind is part of the hashed text: a phone and a premises never share a key.
/// </summary>
internal static class KeyHash
{
    public static string Of(string kind, string value)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\n" + value), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
