using ScanService.Model;

namespace ScanService.History;

/// <summary>
/// What a record's person key hashes (see <see cref="RecordKeys.PersonKey"/>), written into a buffer of the calling
/// thread: the folded name with the date of birth, or, for a record without a name, the record itself. A national
/// night hashes a million of them, and three strings joined for each were a third of what its keys allocated.
/// </summary>
internal static class PersonKeyText
{
    public const string PersonKind = "person";

    public const string RecordKind = "record";

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>The text of <paramref name="record"/>'s person, valid until this thread's next call, and its kind.</summary>
    public static ReadOnlySpan<char> Write(PersonRecord record, out string kind)
    {
        var buffer = t_buffer ??= new char[256];
        var written = 0;
        if (record.Name.IsEmpty)
        {
            Append(ref buffer, ref written, record.Source);
            Append(ref buffer, ref written, "/");
            Append(ref buffer, ref written, record.RecordId);
            t_buffer = buffer;
            kind = RecordKind;
            return buffer.AsSpan(0, written);
        }

        AppendJoined(ref buffer, ref written, record.Name.Forenames);
        Append(ref buffer, ref written, "|");
        AppendJoined(ref buffer, ref written, record.Name.Surnames);
        Append(ref buffer, ref written, "|");
        if (record.DateOfBirth is { } dob)
        {
            // As the date's own ToString() spells it, which the key was joined from: stored keys must not change.
            Span<char> date = stackalloc char[32];
            dob.TryFormat(date, out var length);
            Append(ref buffer, ref written, date[..length]);
        }

        t_buffer = buffer;
        kind = PersonKind;
        return buffer.AsSpan(0, written);
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
