using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The name (see <see cref="NameStems"/>) plus the day and month of birth: finds the dates the name-and-year key cannot, a
/// slip in the year's digits (1985/1995) and the same birthday a year apart. Estimated dates have no birthday to
/// share.
/// </summary>
public sealed class NameBirthdayBlocker : IBlocker
{
    public string Name => "name-birthday";

    public void AddKeys(PersonRecord record, ICollection<string> keys)
    {
        if (record.DateOfBirth is { IsLikelyEstimated: false } dob)
        {
            NameStems.ForRecord(record.Name, stem => keys.Add(Key(stem, dob)));
        }
    }

    public void AddKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var dob in subject.DatesOfBirth)
        {
            if (dob.IsLikelyEstimated)
            {
                continue;
            }

            foreach (var name in subject.Names)
            {
                NameStems.ForSubject(name, stem => keys.Add(Key(stem, dob)));
            }
        }
    }

    private static string Key(string stem, DateOfBirth dob) => string.Concat(stem, ":", KeyText.MonthDay(dob.Month, dob.Day));
}
