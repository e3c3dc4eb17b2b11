using System.Buffers;
using System.Text;

namespace ScanService.Ingest;

/// <summary>
/// Finds where a file stops being valid UTF-8. Only used after decoding has already failed: the reader decodes
/// ahead in large buffers, so the row it was on says nothing about where the bad byte is.
/// </summary>
public static class Utf8Locator
{
    /// <summary>The 1-based line and byte column of the first invalid sequence, or null when the file is valid.</summary>
    public static (int Line, int Column)? FindFirstInvalid(string path)
    {
        var bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        int line = 1, lineStart = 0, offset = 0;
        while (offset < span.Length)
        {
            var status = Rune.DecodeFromUtf8(span[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return (line, offset - lineStart + 1);
            }

            if (span[offset] == (byte)'\n')
            {
                line++;
                lineStart = offset + 1;
            }

            offset += consumed;
        }

        return null;
    }
}
