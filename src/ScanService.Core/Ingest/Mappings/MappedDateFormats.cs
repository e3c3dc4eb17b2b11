using System.Globalization;

namespace ScanService.Ingest.Mappings;

/// <summary>
/// Dates in a mapped source are read with the .NET-style formats its mapping lists (<c>dd/MM/yyyy</c>,
/// <c>dd.MM.yyyy HH:mm</c>, <c>yyyy</c> for a year alone) and handed on in the standard form, so that the usual
/// checks (no birth in the future, an estimated 1 January) apply to them unchanged.
/// </summary>
public static class MappedDateFormats
{
    private static readonly DateTime Probe = new(2001, 2, 3, 4, 5, 6);

    /// <summary>Why a format cannot be used, or null when it is fine.</summary>
    public static string? Problem(string format)
    {
        if (format.Contains('m') && !format.Contains('M'))
        {
            return $"'{format}' has 'mm', which means minutes; write 'MM' for the month (e.g. dd/MM/yyyy)";
        }

        if (format.Contains('D') || format.Contains('Y'))
        {
            return $"'{format}' should write days as 'dd' and years as 'yyyy' (lower case; 'MM' is the month)";
        }

        if (!IsYearOnly(format) && !(format.Contains('y') && format.Contains('M') && format.Contains('d')))
        {
            return $"'{format}' must give the day (d or dd), the month (M, MM or MMM) and the year (yyyy), or be 'yyyy' alone";
        }

        try
        {
            var text = Probe.ToString(format, CultureInfo.InvariantCulture);
            if (!DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back) || back.Date != Probe.Date && !IsYearOnly(format))
            {
                return $"'{format}' cannot be read back as a date";
            }
        }
        catch (FormatException)
        {
            return $"'{format}' is not a valid date format";
        }

        return null;
    }

    /// <summary>
    /// The value in the standard form (<c>yyyy-MM-dd</c>, or <c>yyyy</c> for a year alone), or null when it matches
    /// none of the formats. A date-time keeps the calendar date as written, without converting its offset.
    /// </summary>
    public static string? ToStandard(string raw, IReadOnlyList<string> formats)
    {
        var text = raw.Trim();
        foreach (var format in formats)
        {
            if (DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture,
                    DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var value))
            {
                var date = value.DateTime;
                return IsYearOnly(format)
                    ? date.Year.ToString("0000", CultureInfo.InvariantCulture)
                    : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static bool IsYearOnly(string format) => format.Length > 0 && format.All(c => c == 'y');
}
