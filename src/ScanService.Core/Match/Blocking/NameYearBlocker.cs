using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The name (see <see cref="NameStems"/>) plus the birth year. An estimated date (an age, or 1 January) is also
/// filed under the years either side, as the date comparator counts an estimate a year out.
/// </summary>
public sealed class NameYearBlocker : IBlocker
{
    public string Name => "name-year";

    public void AddKeys(PersonRecord record, ICollection<string> keys)
    {
        if (record.DateOfBirth is { } dob)
        {
            var spread = Spread(dob);
            NameStems.ForRecord(record.Name, stem => AddYears(stem, dob.Year, spread, keys));
        }
    }

    public void AddKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var dob in subject.DatesOfBirth)
        {
            var spread = Spread(dob);
            foreach (var name in subject.Names)
            {
                NameStems.ForSubject(name, stem => AddYears(stem, dob.Year, spread, keys));
            }
        }
    }

    private static int Spread(DateOfBirth dob) => dob.IsLikelyEstimated ? 1 : 0;

    private static void AddYears(string stem, int year, int spread, ICollection<string> keys)
    {
        for (var y = year - spread; y <= year + spread; y++)
        {
            keys.Add(string.Concat(stem, ":", KeyText.Year(y)));
        }
    }
}
