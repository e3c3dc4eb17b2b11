using System.Globalization;
using ScanService.Synthetic.People;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Rendering;

/// <summary>
/// Writes a date of birth the way one source would: in its format (or a spreadsheet's), as an estimate when
/// only an age was known, or with a slip (day and month swapped, one digit wrong, the year out by one).
/// </summary>
internal static class DobRenderer
{
    private static readonly DobFormat[] Formats = Enum.GetValues<DobFormat>();

    public static string Render(DateOnly dob, DateOnly runDate, DobStyle style, Random random, MessTally? tally)
    {
        if (random.Chance(style.Estimated))
        {
            var year = EstimatedYear(dob.Year, random);
            if (random.Chance(style.YearOnlyShare))
            {
                tally?.Add(MessKind.DobYearOnly);
                return year.ToString(CultureInfo.InvariantCulture);
            }

            tally?.Add(MessKind.DobEstimatedJanuaryFirst);
            return Format(new DateOnly(year, 1, 1), PickFormat(style, random));
        }

        return Format(Slip(dob, runDate, style, random, tally), PickFormat(style, random));
    }

    /// <summary>The year an officer writes down from an age: mostly right, sometimes a year or two out.</summary>
    public static int EstimatedYear(int year, Random random)
    {
        var roll = random.NextDouble();
        return roll < 0.7 ? year : roll < 0.95 ? year + (random.Chance(0.5) ? 1 : -1) : year + (random.Chance(0.5) ? 2 : -2);
    }

    public static string Format(DateOnly date, DobFormat format) => format switch
    {
        DobFormat.DaySlashMonth => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DobFormat.ShortDaySlashMonth => date.ToString("d/M/yyyy", CultureInfo.InvariantCulture),
        DobFormat.DayNamedMonth => date.ToString("dd-MMM-yyyy", CultureInfo.InvariantCulture),
        DobFormat.DayDotMonth => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        DobFormat.Compact => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static DobFormat PickFormat(DobStyle style, Random random) =>
        random.Chance(style.PrimaryShare) ? style.Primary : Formats[random.Next(Formats.Length)];

    private static DateOnly Slip(DateOnly dob, DateOnly runDate, DobStyle style, Random random, MessTally? tally)
    {
        if (dob.Day <= 12 && dob.Day != dob.Month && random.Chance(style.Transposed))
        {
            tally?.Add(MessKind.DobTransposed);
            return new DateOnly(dob.Year, dob.Day, dob.Month);
        }

        if (random.Chance(style.DigitOff) && OneDigitOff(dob, runDate, random) is { } off)
        {
            tally?.Add(MessKind.DobOneDigitOff);
            return off;
        }

        if (random.Chance(style.YearOff) && !(dob.Month == 2 && dob.Day == 29))
        {
            tally?.Add(MessKind.DobYearOff);
            return dob.AddYears(random.Chance(0.5) ? 1 : -1) is var moved && moved <= runDate ? moved : dob.AddYears(-1);
        }

        return dob;
    }

    /// <summary>A valid date that differs from <paramref name="dob"/> in exactly one digit of yyyyMMdd.</summary>
    private static DateOnly? OneDigitOff(DateOnly dob, DateOnly runDate, Random random)
    {
        Span<char> digits = stackalloc char[8];
        for (var attempt = 0; attempt < 12; attempt++)
        {
            dob.TryFormat(digits, out _, "yyyyMMdd", CultureInfo.InvariantCulture);
            // The last two digits of the year, the month and the day: where typing slips land.
            var position = random.Between(2, 7);
            var digit = (char)('0' + random.Next(10));
            if (digit == digits[position])
            {
                continue;
            }

            digits[position] = digit;
            if (DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var changed)
                && changed <= runDate && BirthDates.DigitsApart(dob, changed) == 1)
            {
                return changed;
            }
        }

        return null;
    }
}
