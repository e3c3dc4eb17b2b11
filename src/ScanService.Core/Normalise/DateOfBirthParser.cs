using ScanService.Model;

namespace ScanService.Normalise;

/// <summary>
/// Reads a date of birth in the layouts of the standard export format (DESIGN.md §2): yyyy-MM-dd (an ISO
/// date-time gives its date part), dd/MM/yyyy, d/M/yyyy, dd-MMM-yyyy (English month abbreviation or full name, any
/// case; the day may be one digit as spreadsheets write it), dd.MM.yyyy, yyyyMMdd, or a bare year yyyy (year only,
/// when just an age was known). Always day first: 12/31/1990 is refused, never read as a US date.
/// </summary>
public static class DateOfBirthParser
{
    private const DateLayouts Layouts = DateLayouts.Iso | DateLayouts.DaySlashMonth | DateLayouts.DayNamedMonth
        | DateLayouts.DayDotMonth | DateLayouts.Compact | DateLayouts.YearOnly;

    /// <param name="raw">The field as exported; surrounding whitespace is ignored.</param>
    /// <param name="notAfter">The latest acceptable date (normally the run date); later dates are refused.</param>
    public static ParseResult<DateOfBirth> Parse(string raw, DateOnly? notAfter = null)
    {
        var text = raw.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return ParseResult<DateOfBirth>.Fail(DateReasons.Empty);
        }

        var status = DateText.Read(text, Layouts, out var date);
        if (status != DateReadStatus.Ok)
        {
            string reason = DateReasons.For(status, DateReasons.NotRecognisedDateOfBirth);
            bool compact = text.Length == 8 && AsciiDigits.AreAll(text);
            return ParseResult<DateOfBirth>.Fail(compact ? reason + DateReasons.CompactHint : reason);
        }

        var dateOfBirth = new DateOfBirth(date.Year, date.Month, date.Day);
        return IsAfter(dateOfBirth, notAfter)
            ? ParseResult<DateOfBirth>.Fail(DateReasons.InFuture)
            : ParseResult<DateOfBirth>.Ok(dateOfBirth);
    }

    private static bool IsAfter(DateOfBirth dateOfBirth, DateOnly? notAfter) => notAfter is { } limit
        && (dateOfBirth.IsYearOnly
            ? dateOfBirth.Year > limit.Year
            : new DateOnly(dateOfBirth.Year, dateOfBirth.Month, dateOfBirth.Day) > limit);
}
