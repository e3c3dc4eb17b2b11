namespace ScanService.Model;

/// <summary>
/// A date of birth as partner systems give it: a full date, or a year alone when only an age was known.
/// Month and Day are 0 for a year-only date.
/// </summary>
public readonly record struct DateOfBirth(int Year, int Month, int Day)
{
    public bool IsYearOnly => Month == 0;

    /// <summary>1 January is what many systems record when only the year (or an age) was known.</summary>
    public bool IsLikelyEstimated => IsYearOnly || (Month == 1 && Day == 1);

    public static DateOfBirth YearOnly(int year) => new(year, 0, 0);

    public static DateOfBirth From(DateOnly date) => new(date.Year, date.Month, date.Day);

    public override string ToString() => IsYearOnly ? $"{Year:0000}" : $"{Year:0000}-{Month:00}-{Day:00}";

    /// <summary><see cref="ToString"/> written into <paramref name="destination"/>, without a string.</summary>
    public bool TryFormat(Span<char> destination, out int written) => IsYearOnly
        ? destination.TryWrite($"{Year:0000}", out written)
        : destination.TryWrite($"{Year:0000}-{Month:00}-{Day:00}", out written);
}
