using System.Text;

namespace ScanService.Ingest.Mappings;

/// <summary>
/// Confirms, before a file is decoded with a single-byte encoding (Windows-1252, ISO-8859-1), that it really is in
/// it. Every byte decodes in such an encoding, so a UTF-8 file read as Windows-1252 would not fail: it would turn
/// <c>Zoë</c> into <c>ZoÃ«</c> and quietly stop matching. A file with non-ASCII text that is entirely valid UTF-8
/// is, in practice, UTF-8.
/// </summary>
internal static class SingleByteCheck
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Where and why the file is not in <paramref name="encodingName"/>, or null when it is.</summary>
    public static (int Line, int Column, string Reason)? FindProblem(string path, string encodingName)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[1 << 16];
        var utf8Valid = true;
        (int Line, int Column)? firstNonAscii = null;
        int line = 1;
        long offset = 0, lineStart = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (offset == 0 && read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
            {
                return (1, 1, $"the file starts with a UTF-8 byte-order mark, but its mapping says {encodingName}; set 'encoding: utf-8'");
            }

            for (var i = 0; i < read; i++)
            {
                var value = buffer[i];
                if (value == (byte)'\n')
                {
                    line++;
                    lineStart = offset + i + 1;
                }
                else if (value >= 0x80)
                {
                    var column = (int)(offset + i - lineStart + 1);
                    if (SourceEncodings.IsUnassigned(encodingName, value))
                    {
                        var likely = encodingName == SourceEncodings.Latin1 ? $" (probably {SourceEncodings.Windows1252})" : string.Empty;
                        return (line, column, $"byte 0x{value:X2} is not a character in {encodingName}; the file is in another encoding{likely}");
                    }

                    firstNonAscii ??= (line, column);
                }
            }

            utf8Valid = utf8Valid && Decodes(decoder, buffer, read, flush: false);
            offset += read;
        }

        if (firstNonAscii is { } at && utf8Valid && Decodes(decoder, [], 0, flush: true))
        {
            return (at.Line, at.Column,
                $"the file is valid UTF-8, but its mapping says {encodingName}: read that way its accented letters would be garbled; set 'encoding: utf-8'");
        }

        return null;
    }

    private static bool Decodes(Decoder decoder, byte[] bytes, int count, bool flush)
    {
        try
        {
            decoder.GetCharCount(bytes, 0, count, flush);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
