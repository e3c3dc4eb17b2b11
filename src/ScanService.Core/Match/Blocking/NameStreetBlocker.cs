using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The sound of any name word plus the sound of the street: a name on the same street, or on one spelt a little
/// differently, with no date of birth on one side to bring the pair together.
/// </summary>
public sealed class NameStreetBlocker : IBlocker
{
    public string Name => "name-street";

    public void AddKeys(PersonRecord record, ICollection<string> keys) => Add(record.Name, record.Address, keys);

    public void AddKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var address in subject.Addresses)
        {
            foreach (var name in subject.Names)
            {
                Add(name, address, keys);
            }
        }
    }

    private static void Add(PersonName name, ParsedAddress address, ICollection<string> keys)
    {
        if (StreetSound(address.Street) is not { } street)
        {
            return;
        }

        foreach (var token in name.Tokens)
        {
            if (token.Length >= 2)
            {
                keys.Add(string.Concat(SoundKey.Of(token), ":", street));
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
