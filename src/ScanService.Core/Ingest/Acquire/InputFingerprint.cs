using System.Security.Cryptography;
using ScanService.Model;

namespace ScanService.Ingest.Acquire;

/// <summary>Size and SHA-256 of an input file, for the run record.</summary>
internal static class InputFingerprint
{
    public static RunInput Of(string path, string source, string origin)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new RunInput(Path.GetFileName(path), source, origin, stream.Length, hash);
    }
}
