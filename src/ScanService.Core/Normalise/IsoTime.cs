namespace ScanService.Normalise;

/// <summary>Checks the time part that may follow a date; its value is never used, only its shape.</summary>
internal static class IsoTime
{
    /// <summary>HH:mm[:ss[.fraction]] then optionally Z, ±HH, ±HHmm or ±HH:mm.</summary>
    public static bool IsValid(ReadOnlySpan<char> s)
    {
        int end = ClockLength(s);
        if (end < 0)
        {
            return false;
        }

        var zone = s[end..];
        return zone.IsEmpty || zone is "Z" or "z" || IsOffset(zone);
    }

    /// <summary>HH:mm or HH:mm:ss with nothing after it.</summary>
    public static bool IsClockTime(ReadOnlySpan<char> s)
    {
        int end = ClockLength(s);
        return end == s.Length;
    }

    /// <summary>The length of the leading HH:mm[:ss[.fff]], or -1 when there is none.</summary>
    private static int ClockLength(ReadOnlySpan<char> s)
    {
        if (s.Length < 5 || s[2] != ':' || !IsTwoDigits(s[..2], 23) || !IsTwoDigits(s[3..5], 59))
        {
            return -1;
        }

        if (s.Length < 8 || s[5] != ':')
        {
            return 5;
        }

        if (!IsTwoDigits(s[6..8], 60))
        {
            return -1;
        }

        int end = 8;
        if (end < s.Length && s[end] is '.' or ',')
        {
            end++;
            int digitsStart = end;
            while (end < s.Length && char.IsAsciiDigit(s[end]))
            {
                end++;
            }

            if (end == digitsStart)
            {
                return -1;
            }
        }

        return end;
    }

    private static bool IsOffset(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s[0] is not ('+' or '-'))
        {
            return false;
        }

        s = s[1..];
        return s.Length switch
        {
            2 => IsTwoDigits(s, 23),
            4 => IsTwoDigits(s[..2], 23) && IsTwoDigits(s[2..], 59),
            5 => s[2] == ':' && IsTwoDigits(s[..2], 23) && IsTwoDigits(s[3..], 59),
            _ => false,
        };
    }

    private static bool IsTwoDigits(ReadOnlySpan<char> s, int max) =>
        s.Length == 2 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && ((s[0] - '0') * 10) + (s[1] - '0') <= max;
}
