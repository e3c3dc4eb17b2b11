using ScanService.Model;

namespace ScanService.Normalise;

/// <summary>
/// Recognises the attribute columns (DESIGN.md §2: extra columns are kept as attributes) that hold official
/// reference numbers, and normalises their values so that <c>qq 12 34 56 c</c> and <c>QQ123456C</c> agree.
/// A partner whose column has another name maps it to one of these in its source mapping.
/// </summary>
public static class IdentifierNormaliser
{
    // Every attribute of every row is checked against these: a plain loop, not an enumerator per check.
    private static readonly string[] ColumnNames = ["ni_number", "passport_number", "pnc_id", "home_office_ref"];

    /// <summary>The identifier columns, by the attribute name exports use.</summary>
    public static readonly IReadOnlyList<string> Columns = ColumnNames;

    /// <summary>Shorter values are placeholders (<c>N/A</c>, <c>0</c>, <c>TBC</c>), not numbers that could link.</summary>
    public const int MinimumLength = 5;

    public static bool IsIdentifierColumn(string column)
    {
        foreach (var name in ColumnNames)
        {
            if (string.Equals(name, column, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The identifiers among a row's attributes; values too short to be a number are reported, not kept.</summary>
    public static PersonIdentifier[] FromAttributes(KeyValuePair<string, string>[] attributes, Action<string, string>? reportDropped = null) =>
        FromAttributes(attributes, reportDropped, static (report, column, reason) => report?.Invoke(column, reason));

    /// <summary>
    /// The same, reporting through a static callback and its state: ingest calls this for every row that has
    /// attributes, and a closure over the row's problem list was a delegate and a closure object per row.
    /// </summary>
    public static PersonIdentifier[] FromAttributes<TState>(KeyValuePair<string, string>[] attributes, TState state, Action<TState, string, string> reportDropped)
    {
        // Sized on first use to the identifier columns present, not grown through a list and copied.
        PersonIdentifier[]? found = null;
        var count = 0;
        foreach (var (column, raw) in attributes)
        {
            if (!IsIdentifierColumn(column))
            {
                continue;
            }

            var value = Normalise(raw);
            if (value.Length < MinimumLength)
            {
                reportDropped(state, column, $"'{column}' has {value.Length} letters or digits; an identifier needs at least {MinimumLength}");
                continue;
            }

            found ??= new PersonIdentifier[CountIdentifierColumns(attributes)];
            found[count++] = new PersonIdentifier(column.ToLowerInvariant(), value);
        }

        return found is null ? [] : count == found.Length ? found : found[..count];
    }

    private static int CountIdentifierColumns(KeyValuePair<string, string>[] attributes)
    {
        var count = 0;
        foreach (var (column, _) in attributes)
        {
            count += IsIdentifierColumn(column) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Upper-case letters and digits only: spaces, dashes and slashes are formatting, not content.</summary>
    /// <remarks>A value already written that way (most are) is returned as it is, not copied.</remarks>
    public static string Normalise(string raw)
    {
        if (IsNormalised(raw))
        {
            return raw;
        }

        Span<char> buffer = raw.Length <= 64 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        foreach (var c in raw)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    private static bool IsNormalised(string raw)
    {
        foreach (var c in raw)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
