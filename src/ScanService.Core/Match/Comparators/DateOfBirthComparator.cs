using ScanService.Model;

namespace ScanService.Match.Comparators;

/// <summary>
/// Dates of birth with the ways partner data gets them wrong: day and month swapped, the year off by one, or
/// only the year known (an age, or the 1 January placeholder), which is weak evidence rather than a match.
/// </summary>
public sealed class DateOfBirthComparator : IFieldComparator
{
    public const string Transposed = "transposed";
    public const string YearNear = "year_near";
    public const string YearOnly = "year_only";

    public string Field => "date_of_birth";

    public IReadOnlyList<string> Levels { get; } = [Comparators.Levels.Exact, Transposed, YearNear, YearOnly, Comparators.Levels.Different, Comparators.Levels.Missing];

    public ComparisonOutcome Compare(PersonRecord record, Subject subject)
    {
        if (record.DateOfBirth is not { } dob || subject.DatesOfBirth.Count == 0)
        {
            return new(Comparators.Levels.Missing);
        }

        var best = Levels.Count - 1;
        foreach (var known in subject.DatesOfBirth)
        {
            best = Math.Min(best, Levels.IndexOf(LevelOf(dob, known)));
        }

        return new(Levels[best]);
    }

    public static string LevelOf(DateOfBirth a, DateOfBirth b)
    {
        if (a.IsYearOnly || b.IsYearOnly)
        {
            return a.Year == b.Year ? YearOnly : Comparators.Levels.Different;
        }

        if (a == b)
        {
            // Two identical 1 January dates are usually two estimates, not a shared birthday.
            return a.IsLikelyEstimated ? YearOnly : Comparators.Levels.Exact;
        }

        if (a.Year == b.Year && a.Day == b.Month && a.Month == b.Day)
        {
            return Transposed;
        }

        if (a.Month == b.Month && a.Day == b.Day && Math.Abs(a.Year - b.Year) == 1)
        {
            return YearNear;
        }

        if ((a.IsLikelyEstimated || b.IsLikelyEstimated) && a.Year == b.Year)
        {
            return YearOnly;
        }

        return Comparators.Levels.Different;
    }

    public void AddBlockingKeys(PersonRecord record, ICollection<string> keys)
    {
        if (record.DateOfBirth is { IsLikelyEstimated: false } dob)
        {
            AddKeys(dob, keys);
        }
    }

    public void AddBlockingKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var dob in subject.DatesOfBirth)
        {
            if (!dob.IsLikelyEstimated)
            {
                AddKeys(dob, keys);
            }
        }
    }

    private static void AddKeys(DateOfBirth dob, ICollection<string> keys)
    {
        keys.Add(dob.ToString());
        if (dob.Day <= 12 && dob.Day != dob.Month)
        {
            keys.Add(new DateOfBirth(dob.Year, dob.Day, dob.Month).ToString());
        }
    }
}

internal static class ListExtensions
{
    public static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
