namespace ScanService.Normalise;

/// <summary>
/// Reads the date layouts partner exports use, day first always, without exceptions or allocation. Checks that
/// the fields make a calendar date from 1900 on; range rules beyond that belong to the caller.
/// </summary>
internal static class DateText
{
    public const int MinYear = 1900;

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Reads <paramref name="text"/> (already trimmed) in one of <paramref name="allowed"/>.</summary>
    /// <param name="date">The date read; month and day are 0 for <see cref="DateLayouts.YearOnly"/>.</param>
    public static DateReadStatus Read(ReadOnlySpan<char> text, DateLayouts allowed, out (int Year, int Month, int Day) date)
    {
        date = default;
        if (!TryReadFields(text, allowed, out int year, out int month, out int day))
        {
            return DateReadStatus.NotRecognised;
        }

        bool yearOnly = month == 0 && day == 0 && text.Length == 4;
        if (!yearOnly && month is < 1 or > 12)
        {
            return DateReadStatus.MonthOutOfRange;
        }

        if (year < MinYear)
        {
            return DateReadStatus.YearBefore1900;
        }

        if (!yearOnly && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return DateReadStatus.DayOutOfRange;
        }

        date = (year, month, day);
        return DateReadStatus.Ok;
    }

    private static bool TryReadFields(ReadOnlySpan<char> s, DateLayouts allowed, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (AsciiDigits.AreAll(s))
        {
            return s.Length switch
            {
                4 when allowed.HasFlag(DateLayouts.YearOnly) => TryNumber(s, out year),
                8 when allowed.HasFlag(DateLayouts.Compact) =>
                    TryNumber(s[..4], out year) && TryNumber(s[4..6], out month) && TryNumber(s[6..], out day),
                _ => false,
            };
        }

        if (s.Length >= 10 && s[4] == '-' && s[7] == '-' && allowed.HasFlag(DateLayouts.Iso))
        {
            return (s.Length == 10 || (s[10] is 'T' or 't' or ' ' && IsoTime.IsValid(s[11..])))
                && TryNumber(s[..4], out year) && TryNumber(s[5..7], out month) && TryNumber(s[8..10], out day);
        }

        if (s.Contains('/'))
        {
            return TryReadDaySlashMonth(s, allowed, out year, out month, out day);
        }

        if (s.Length == 10 && s[2] == '.' && s[5] == '.' && allowed.HasFlag(DateLayouts.DayDotMonth))
        {
            return TryNumber(s[..2], out day) && TryNumber(s[3..5], out month) && TryNumber(s[6..], out year);
        }

        return allowed.HasFlag(DateLayouts.DayNamedMonth) && TryReadNamedMonth(s, out year, out month, out day);
    }

    private static bool TryReadDaySlashMonth(ReadOnlySpan<char> s, DateLayouts allowed, out int year, out int month, out int day)
    {
        year = month = day = 0;
        int space = s.IndexOf(' ');
        if (space >= 0)
        {
            if (!allowed.HasFlag(DateLayouts.DaySlashMonthWithTime) || !IsoTime.IsClockTime(s[(space + 1)..].TrimStart()))
            {
                return false;
            }

            s = s[..space];
        }
        else if (!allowed.HasFlag(DateLayouts.DaySlashMonth) && !allowed.HasFlag(DateLayouts.DaySlashMonthWithTime))
        {
            return false;
        }

        int first = s.IndexOf('/');
        int second = first < 0 ? -1 : s[(first + 1)..].IndexOf('/') + first + 1;
        if (first is < 1 or > 2 || second - first - 1 is < 1 or > 2 || s.Length - second - 1 != 4)
        {
            return false;
        }

        return TryNumber(s[..first], out day) && TryNumber(s[(first + 1)..second], out month)
            && TryNumber(s[(second + 1)..], out year);
    }

    private static bool TryReadNamedMonth(ReadOnlySpan<char> s, out int year, out int month, out int day)
    {
        year = month = day = 0;
        int first = s.IndexOf('-');
        int last = s.LastIndexOf('-');
        if (first is < 1 or > 2 || last <= first + 1 || s.Length - last - 1 != 4)
        {
            return false;
        }

        month = MonthFromName(s[(first + 1)..last]);
        return month > 0 && TryNumber(s[..first], out day) && TryNumber(s[(last + 1)..], out year);
    }

    /// <summary>1–12 for a full English month name, its first three letters, or "sept"; 0 otherwise.</summary>
    private static int MonthFromName(ReadOnlySpan<char> name)
    {
        for (int i = 0; i < MonthNames.Length; i++)
        {
            var full = MonthNames[i].AsSpan();
            if (name.Equals(full, StringComparison.OrdinalIgnoreCase)
                || name.Equals(full[..3], StringComparison.OrdinalIgnoreCase)
                || (i == 8 && name.Equals("sept", StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return 0;
    }

    internal static bool TryNumber(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
