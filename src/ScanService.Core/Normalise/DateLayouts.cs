namespace ScanService.Normalise;

/// <summary>The written date layouts <see cref="DateText"/> can read; each parser allows its own set.</summary>
[Flags]
internal enum DateLayouts
{
    None = 0,

    /// <summary>yyyy-MM-dd, optionally followed by 'T' (or a space) and an ISO time with offset or Z.</summary>
    Iso = 1,

    /// <summary>dd/MM/yyyy or d/M/yyyy, day first.</summary>
    DaySlashMonth = 2,

    /// <summary>dd/MM/yyyy followed by a space and HH:mm[:ss], as spreadsheets write date-times.</summary>
    DaySlashMonthWithTime = 4,

    /// <summary>dd-MMM-yyyy with an English month name or abbreviation in any case (01-Jan-1990, 1-january-1990).</summary>
    DayNamedMonth = 8,

    /// <summary>dd.MM.yyyy, two-digit day and month.</summary>
    DayDotMonth = 16,

    /// <summary>yyyyMMdd (ISO 8601 basic).</summary>
    Compact = 32,

    /// <summary>yyyy alone.</summary>
    YearOnly = 64,
}
