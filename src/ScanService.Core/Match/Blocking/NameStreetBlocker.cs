using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The name (see <see cref="NameStems"/>) plus the sound of the street: a name on the same street, or on one spelt a little
/// differently, with no date of birth on one side to bring the pair together.
/// </summary>
public sealed class NameStreetBlocker : IBlocker
{
    public string Name => "name-street";

    public void WriteKeys(PersonRecord record, KeyWriter keys)
    {
        if (StreetSound(record.Address.Street) is { } street)
        {
            foreach (var stem in NameStems.ForRecord(record.Name))
            {
                stem.StartKey(keys).Append('|').Append(street).End();
            }
        }
    }

    public void WriteKeys(Subject subject, KeyWriter keys)
    {
        foreach (var address in subject.Addresses)
        {
            if (StreetSound(address.Street) is not { } street)
            {
                continue;
            }

            foreach (var name in subject.Names)
            {
                foreach (var stem in NameStems.ForSubject(name))
                {
                    stem.StartKey(keys).Append('|').Append(street).End();
                }
            }
        }
    }

    /// <summary>The sound of the street's first word ("oldham" of "oldham road"): a typo later in it changes nothing.</summary>
    private static string? StreetSound(string? street)
    {
        if (string.IsNullOrEmpty(street))
        {
            return null;
        }

        var end = street.IndexOf(' ');
        return end is >= 0 and < 2 || street.Length < 2 ? null : SoundKey.Of(end < 0 ? street : street.AsSpan(0, end));
    }
}
