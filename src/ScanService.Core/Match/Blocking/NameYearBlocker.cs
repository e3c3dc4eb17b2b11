using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The name (see <see cref="NameStems"/>) plus the birth year. An estimated date (an age, or 1 January) is also
/// filed under the years either side, as the date comparator counts an estimate a year out.
/// </summary>
public sealed class NameYearBlocker : IBlocker
{
    public string Name => "name-year";

    public void WriteKeys(PersonRecord record, KeyWriter keys)
    {
        if (record.DateOfBirth is { } dob)
        {
            foreach (var stem in NameStems.ForRecord(record.Name))
            {
                WriteYears(stem, dob, keys);
            }
        }
    }

    public void WriteKeys(Subject subject, KeyWriter keys)
    {
        foreach (var dob in subject.DatesOfBirth)
        {
            foreach (var name in subject.Names)
            {
                foreach (var stem in NameStems.ForSubject(name))
                {
                    WriteYears(stem, dob, keys);
                }
            }
        }
    }

    private static void WriteYears(NameStem stem, DateOfBirth dob, KeyWriter keys)
    {
        var spread = dob.IsLikelyEstimated ? 1 : 0;
        var at = stem.StartKey(keys).Append(':').Length;
        for (var y = dob.Year - spread; y <= dob.Year + spread; y++)
        {
            keys.Cut(at).Append(KeyText.Year(y)).End();
        }
    }
}
