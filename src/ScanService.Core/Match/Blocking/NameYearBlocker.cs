using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The sound of any name word plus the birth year: finds a one-word name (an NRM referral that gives only
/// "Tesfay", say) with a known year of birth, and survives a misspelt other word.
/// </summary>
public sealed class NameYearBlocker : IBlocker
{
    public string Name => "name-year";

    public void AddKeys(PersonRecord record, ICollection<string> keys)
    {
        if (record.DateOfBirth is { } dob)
        {
            Add(record.Name, dob.Year, keys);
        }
    }

    public void AddKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var dob in subject.DatesOfBirth)
        {
            foreach (var name in subject.Names)
            {
                Add(name, dob.Year, keys);
            }
        }
    }

    private static void Add(PersonName name, int year, ICollection<string> keys)
    {
        foreach (var token in name.Tokens)
        {
            if (token.Length >= 2)
            {
                keys.Add(string.Concat(SoundKey.Of(token), ":", year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }
}
