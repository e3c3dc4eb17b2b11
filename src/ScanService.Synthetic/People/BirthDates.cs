using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.People;

/// <summary>Dates of birth, and how far apart two of them read.</summary>
internal static class BirthDates
{
    public static DateOnly Draw(Random random, DateOnly runDate, AgeBand band, double januaryFirstRate)
    {
        var age = random.Between(band.Min, band.Max);
        var year = runDate.Year - age - 1;
        if (random.Chance(januaryFirstRate))
        {
            return new DateOnly(year, 1, 1);
        }

        return new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
    }

    /// <summary>How many of the eight digits of yyyyMMdd differ.</summary>
    public static int DigitsApart(DateOnly a, DateOnly b)
    {
        Span<char> x = stackalloc char[8];
        Span<char> y = stackalloc char[8];
        a.TryFormat(x, out _, "yyyyMMdd");
        b.TryFormat(y, out _, "yyyyMMdd");
        var count = 0;
        for (var i = 0; i < 8; i++)
        {
            count += x[i] == y[i] ? 0 : 1;
        }

        return count;
    }

    /// <summary>True when <paramref name="b"/> is <paramref name="a"/> with day and month swapped.</summary>
    public static bool IsTransposed(DateOnly a, DateOnly b) => a.Year == b.Year && a.Day == b.Month && a.Month == b.Day;

    /// <summary>
    /// Dates a careless record of <paramref name="a"/> could produce (same, transposed, one digit off, year ±1 with
    /// the same day and month); a different person's date must be none of these.
    /// </summary>
    public static bool CouldBeMistakenFor(DateOnly a, DateOnly b) =>
        a == b || IsTransposed(a, b) || DigitsApart(a, b) <= 1
        || (Math.Abs(a.Year - b.Year) <= 2 && a.Month == b.Month && a.Day == b.Day);
}
