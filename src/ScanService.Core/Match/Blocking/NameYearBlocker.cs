using System.Globalization;
using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The sound of any name word plus the birth year: finds a one-word name (an NRM referral that gives only
/// "Tesfay", say) with a known year of birth, and survives a misspelt other word. An estimated date (an age, or
/// 1 January) is also filed under the years either side, as the date comparator counts an estimate a year out.
/// </summary>
public sealed class NameYearBlocker : IBlocker
{
    public string Name => "name-year";

    public void AddKeys(PersonRecord record, ICollection<string> keys)
    {
        if (record.DateOfBirth is { } dob)
        {
            Add(record.Name, dob, keys);
        }
    }

    public void AddKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var dob in subject.DatesOfBirth)
        {
            foreach (var name in subject.Names)
            {
                Add(name, dob, keys);
            }
        }
    }

    private static void Add(PersonName name, DateOfBirth dob, ICollection<string> keys)
    {
        var spread = dob.IsLikelyEstimated ? 1 : 0;
        foreach (var token in name.Tokens)
        {
            if (token.Length < 2)
            {
                continue;
            }

            var sound = SoundKey.Of(token);
            for (var year = dob.Year - spread; year <= dob.Year + spread; year++)
            {
                keys.Add(string.Create(CultureInfo.InvariantCulture, $"{sound}:{year}"));
            }
        }
    }
}
