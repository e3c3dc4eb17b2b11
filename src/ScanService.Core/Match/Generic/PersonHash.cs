using ScanService.Model;

namespace ScanService.Match.Generic;

/// <summary>
/// Who a record stands for, within one night, as a 64-bit hash of what <c>RecordKeys.PersonIdentity</c> spells out
/// (folded name and date of birth; a nameless record is a person of its own). Counting people at a value needs only
/// to tell them apart, and spelling a million identities out as strings was most of the cost.
/// </summary>
internal static class PersonHash
{
    [ThreadStatic]
    private static char[]? t_buffer;

    public static ulong Of(PersonRecord record)
    {
        var buffer = t_buffer ??= new char[256];
        var written = 0;
        if (record.Name.IsEmpty)
        {
            // A kind mark that no folded name starts with: a nameless row never meets a named one.
            Append(ref buffer, ref written, "\u0001");
            Append(ref buffer, ref written, record.Source);
            Append(ref buffer, ref written, "/");
            Append(ref buffer, ref written, record.RecordId);
        }
        else
        {
            AppendJoined(ref buffer, ref written, record.Name.Forenames);
            Append(ref buffer, ref written, "|");
            AppendJoined(ref buffer, ref written, record.Name.Surnames);
            if (record.DateOfBirth is { } dob)
            {
                Append(ref buffer, ref written, "|");
                Append(ref buffer, ref written, [(char)dob.Year, (char)dob.Month, (char)dob.Day]);
            }
        }

        t_buffer = buffer;
        return BlockingKeyHash.Of(buffer.AsSpan(0, written));
    }

    private static void AppendJoined(ref char[] buffer, ref int written, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                Append(ref buffer, ref written, " ");
            }

            Append(ref buffer, ref written, words[i]);
        }
    }

    private static void Append(ref char[] buffer, ref int written, ReadOnlySpan<char> text)
    {
        if (written + text.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, written + text.Length));
        }

        text.CopyTo(buffer.AsSpan(written));
        written += text.Length;
    }
}
