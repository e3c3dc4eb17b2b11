using System.Globalization;
using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The sound of any name word plus the day and month of birth: finds the dates the name-and-year key cannot, a
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
            Add(record.Name, dob, keys);
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
                Add(name, dob, keys);
            }
        }
    }

    private static void Add(PersonName name, DateOfBirth dob, ICollection<string> keys)
    {
        foreach (var token in name.Tokens)
        {
            if (token.Length >= 2)
            {
                keys.Add(string.Create(CultureInfo.InvariantCulture, $"{SoundKey.Of(token)}:{dob.Month:00}{dob.Day:00}"));
            }
        }
    }
}
