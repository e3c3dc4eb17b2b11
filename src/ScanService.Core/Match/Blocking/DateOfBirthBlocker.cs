using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The full date of birth, and its day/month transposition: brings together a badly misspelt name with an exact
/// date. Estimated dates (1 January, year only) are too common to block on.
/// </summary>
public sealed class DateOfBirthBlocker : IBlocker
{
    public string Name => "date-of-birth";

    public void AddKeys(PersonRecord record, ICollection<string> keys)
    {
        if (record.DateOfBirth is { IsLikelyEstimated: false } dob)
        {
            Add(dob, keys);
        }
    }

    public void AddKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var dob in subject.DatesOfBirth)
        {
            if (!dob.IsLikelyEstimated)
            {
                Add(dob, keys);
            }
        }
    }

    private static void Add(DateOfBirth dob, ICollection<string> keys)
    {
        keys.Add(dob.ToString());
        if (dob.Day <= 12 && dob.Day != dob.Month)
        {
            keys.Add(new DateOfBirth(dob.Year, dob.Day, dob.Month).ToString());
        }
    }
}
