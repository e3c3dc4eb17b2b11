using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The full date of birth, and its day/month transposition: brings together a badly misspelt name with an exact
/// date. Estimated dates (1 January, year only) are too common to block on.
/// </summary>
public sealed class DateOfBirthBlocker : IBlocker
{
    public string Name => "date-of-birth";

    public void WriteKeys(PersonRecord record, KeyWriter keys)
    {
        if (record.DateOfBirth is { IsLikelyEstimated: false } dob)
        {
            Write(dob, keys);
        }
    }

    public void WriteKeys(Subject subject, KeyWriter keys)
    {
        foreach (var dob in subject.DatesOfBirth)
        {
            if (!dob.IsLikelyEstimated)
            {
                Write(dob, keys);
            }
        }
    }

    private static void Write(DateOfBirth dob, KeyWriter keys)
    {
        WriteDate(dob.Year, dob.Month, dob.Day, keys);
        if (dob.Day <= 12 && dob.Day != dob.Month)
        {
            WriteDate(dob.Year, dob.Day, dob.Month, keys);
        }
    }

    /// <summary>The text of <see cref="DateOfBirth.ToString"/> for a full date: <c>1994-03-07</c>.</summary>
    private static void WriteDate(int year, int month, int day, KeyWriter keys) =>
        keys.Start().Append(year, 4).Append('-').Append(month, 2).Append('-').Append(day, 2).End();
}
