namespace ScanService.Normalise;

/// <summary>
/// Why a date was refused. Reasons go to quarantine files and logs, so none of them repeats the value or any
/// part of it.
/// </summary>
internal static class DateReasons
{
    public const string Empty = "empty value";

    public const string NotRecognisedDateOfBirth =
        "not a recognised date format (expected yyyy-MM-dd, dd/MM/yyyy, d/M/yyyy, dd-MMM-yyyy, dd.MM.yyyy, yyyyMMdd or a year yyyy)";

    public const string NotRecognisedRecordDate =
        "not a recognised date format (expected ISO 8601 yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss with optional offset, or dd/MM/yyyy)";

    public const string MonthOutOfRange =
        "not a calendar date: month out of range (dates are read day first, dd/MM/yyyy, never month first)";

    public const string DayOutOfRange = "not a calendar date: that day does not exist in that month";

    public const string YearBefore1900 = "year before 1900";

    public const string InFuture = "date is in the future (after the date of the run)";

    /// <summary>Appended when an 8-digit value fails, since ddMMyyyy written without separators is common.</summary>
    public const string CompactHint = " (8-digit dates are read as yyyyMMdd)";

    public static string For(DateReadStatus status, string notRecognised) => status switch
    {
        DateReadStatus.MonthOutOfRange => MonthOutOfRange,
        DateReadStatus.DayOutOfRange => DayOutOfRange,
        DateReadStatus.YearBefore1900 => YearBefore1900,
        _ => notRecognised,
    };
}
