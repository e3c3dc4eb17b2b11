using ScanService.Model;

namespace ScanService.Normalise;

/// <summary>
/// Reads the date a partner record was created: an ISO 8601 date (yyyy-MM-dd or basic yyyyMMdd) or date-time
/// (yyyy-MM-ddTHH:mm[:ss[.fff]], 'T' or a space, with or without Z or an offset), or day-first dd/MM/yyyy
/// (d/M/yyyy too), optionally followed by HH:mm[:ss] as spreadsheets save it. A date-time gives the calendar date
/// as written, without converting its offset: the record was created on the day its own system says.
/// </summary>
public static class RecordDateParser
{
    private const DateLayouts Layouts = DateLayouts.Iso | DateLayouts.Compact | DateLayouts.DaySlashMonth
        | DateLayouts.DaySlashMonthWithTime;

    public static ParseResult<DateOnly> Parse(string raw)
    {
        var text = raw.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return ParseResult<DateOnly>.Fail(DateReasons.Empty);
        }

        var status = DateText.Read(text, Layouts, out var date);
        return status == DateReadStatus.Ok
            ? ParseResult<DateOnly>.Ok(new DateOnly(date.Year, date.Month, date.Day))
            : ParseResult<DateOnly>.Fail(DateReasons.For(status, DateReasons.NotRecognisedRecordDate));
    }
}
