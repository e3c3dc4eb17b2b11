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

    public void WriteKeys(PersonRecord record, KeyWriter keys)
    {
        if (record.DateOfBirth is { IsLikelyEstimated: false } dob)
        {
            foreach (var stem in NameStems.ForRecord(record.Name))
            {
                Write(stem, dob, keys);
            }
        }
    }

    public void WriteKeys(Subject subject, KeyWriter keys)
    {
        foreach (var dob in subject.DatesOfBirth)
        {
            if (dob.IsLikelyEstimated)
            {
                continue;
            }

            foreach (var name in subject.Names)
            {
                foreach (var stem in NameStems.ForSubject(name))
                {
                    Write(stem, dob, keys);
                }
            }
        }
    }

    private static void Write(NameStem stem, DateOfBirth dob, KeyWriter keys) =>
        stem.StartKey(keys).Append(':').Append(KeyText.MonthDay(dob.Month, dob.Day)).End();
}
