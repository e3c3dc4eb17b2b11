using System.Globalization;

namespace ScanService.Match.Blocking;

/// <summary>
/// The text of the years and birthdays blocking keys end with, written once: every subject and record makes dozens
/// of keys, and formatting the same few hundred numbers again for each was a good part of building them.
/// </summary>
internal static class KeyText
{
    private const int FirstYear = 1800;
    private const int LastYear = 2200;

    private static readonly string[] Years = [.. Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => y.ToString(CultureInfo.InvariantCulture))];

    // Index month * 32 + day, months and days 0-99 as a date may hold them: the same text as "{month:00}{day:00}".
    private static readonly string[] MonthDays = [.. Enumerable.Range(0, 100 * 32).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i / 32:00}{i % 32:00}"))];

    /// <summary>The year as invariant text, e.g. <c>1987</c>.</summary>
    public static string Year(int year) =>
        year is >= FirstYear and <= LastYear ? Years[year - FirstYear] : year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Month and day as four digits, e.g. <c>0307</c>.</summary>
    public static string MonthDay(int month, int day) =>
        month is >= 0 and < 100 && day is >= 0 and < 32
            ? MonthDays[(month * 32) + day]
            : string.Create(CultureInfo.InvariantCulture, $"{month:00}{day:00}");
}
