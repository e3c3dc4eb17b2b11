using ScanService.Model;

namespace ScanService.Match.Comparators;

/// <summary>
/// Dates of birth with the ways partner data gets them wrong: day and month swapped, one digit mistyped, the
/// year off by one, or only the year known (an age, or the 1 January placeholder), which is weak evidence
/// rather than a match.
/// </summary>
/// <remarks>
/// Levels are tried in this order, so each pair has exactly one: a year-only date on either side; the same
/// date; a 1 January date on either side (an estimate); day and month swapped; the same day and month a year
/// apart; one keying slip (a digit mistyped, or two neighbouring digits swapped); otherwise different. An estimate is compared only on its year, and a year one
/// out still counts as <see cref="YearOnly"/>: an age given in March says nothing about a birthday in June.
/// </remarks>
public sealed class DateOfBirthComparator : IFieldComparator
{
    public const string Transposed = "transposed";
    public const string OneDigit = "one_digit";
    public const string YearNear = "year_near";
    public const string YearOnly = "year_only";

    private static readonly string[] LevelNames =
        [Comparators.Levels.Exact, Transposed, OneDigit, YearNear, YearOnly, Comparators.Levels.Different, Comparators.Levels.Missing];

    public string Field => "date_of_birth";

    public IReadOnlyList<string> Levels => LevelNames;

    public ComparisonOutcome Compare(PersonRecord record, Subject subject)
    {
        if (record.DateOfBirth is not { } dob || subject.DatesOfBirth.Count == 0)
        {
            return new(Comparators.Levels.Missing);
        }

        // Nearly every subject has one date: its outcome is the best, without ranking it.
        if (subject.DatesOfBirth.Count == 1)
        {
            return Compare(dob, subject.DatesOfBirth[0]);
        }

        var best = new ComparisonOutcome(Comparators.Levels.Missing);
        var bestRank = LevelNames.Length;
        foreach (var known in subject.DatesOfBirth)
        {
            var outcome = Compare(dob, known);
            var rank = Array.IndexOf(LevelNames, outcome.Level);
            if (rank < bestRank)
            {
                (best, bestRank) = (outcome, rank);
            }
        }

        return best;
    }

    public static string LevelOf(DateOfBirth a, DateOfBirth b) => Compare(a, b).Level;

    /// <summary>The level, with which part differs for <see cref="OneDigit"/> and a year apart for an estimate.</summary>
    public static ComparisonOutcome Compare(DateOfBirth a, DateOfBirth b)
    {
        if (a.IsYearOnly || b.IsYearOnly || (a != b && (a.IsLikelyEstimated || b.IsLikelyEstimated)))
        {
            return EstimateLevel(a.Year, b.Year);
        }

        if (a == b)
        {
            // Two identical 1 January dates are usually two estimates, not a shared birthday.
            return new(a.IsLikelyEstimated ? YearOnly : Comparators.Levels.Exact);
        }

        if (a.Year == b.Year && a.Day == b.Month && a.Month == b.Day)
        {
            return new(Transposed);
        }

        if (a.Month == b.Month && a.Day == b.Day && Math.Abs(a.Year - b.Year) == 1)
        {
            return new(YearNear);
        }

        return OneDigitApart(a, b) is { } part ? new(OneDigit, part) : new(Comparators.Levels.Different);
    }

    private static ComparisonOutcome EstimateLevel(int a, int b) => Math.Abs(a - b) switch
    {
        0 => new(YearOnly),
        1 => new(YearOnly, "a year apart"),
        _ => new(Comparators.Levels.Different),
    };

    /// <summary>
    /// Where a single keying slip turns one <c>yyyyMMdd</c> into the other — one digit mistyped, or two
    /// neighbouring digits swapped (1969/1996) — or null when it takes more than one slip.
    /// </summary>
    private static string? OneDigitApart(DateOfBirth a, DateOfBirth b)
    {
        Span<byte> x = stackalloc byte[8];
        Span<byte> y = stackalloc byte[8];
        Digits(a, x);
        Digits(b, y);
        int first = -1, differing = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                first = first < 0 ? i : first;
                differing++;
            }
        }

        if (differing == 1)
        {
            return Part(first, "in the year", "in the month", "in the day");
        }

        var swapped = differing == 2 && first + 1 < x.Length && x[first] == y[first + 1] && x[first + 1] == y[first];
        if (!swapped)
        {
            return null;
        }

        return first is 3 or 5
            ? "digits swapped"
            : Part(first, "digits swapped in the year", "digits swapped in the month", "digits swapped in the day");
    }

    /// <summary>The words for the part of <c>yyyyMMdd</c> a digit is in (constants: comparing allocates nothing).</summary>
    private static string Part(int digit, string year, string month, string day) => digit < 4 ? year : digit < 6 ? month : day;

    private static void Digits(DateOfBirth date, Span<byte> digits)
    {
        var value = (date.Year * 10000) + (date.Month * 100) + date.Day;
        for (var i = digits.Length - 1; i >= 0; i--, value /= 10)
        {
            digits[i] = (byte)(value % 10);
        }
    }
}
