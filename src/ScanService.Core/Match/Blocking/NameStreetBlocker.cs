using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The name (see <see cref="NameStems"/>) plus the sound of the street: a name on the same street, or on one spelt a little
/// differently, with no date of birth on one side to bring the pair together.
/// </summary>
public sealed class NameStreetBlocker : IBlocker
{
    public string Name => "name-street";

    public void AddKeys(PersonRecord record, ICollection<string> keys)
    {
        if (StreetSound(record.Address.Street) is { } street)
        {
            NameStems.ForRecord(record.Name, stem => keys.Add(string.Concat(stem, "|", street)));
        }
    }

    public void AddKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var address in subject.Addresses)
        {
            if (StreetSound(address.Street) is not { } street)
            {
                continue;
            }

            foreach (var name in subject.Names)
            {
                NameStems.ForSubject(name, stem => keys.Add(string.Concat(stem, "|", street)));
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
        var first = end < 0 ? street : street[..end];
        return first.Length < 2 ? null : SoundKey.Of(first);
    }
}
