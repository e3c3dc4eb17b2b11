using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>Records and subjects at the same building: postcode + building, or street + town + building.</summary>
public sealed class PremisesBlocker : IBlocker
{
    public string Name => "premises";

    public void AddKeys(PersonRecord record, ICollection<string> keys) => Add(record.Address, keys);

    public void AddKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var address in subject.Addresses)
        {
            Add(address, keys);
        }
    }

    private static void Add(ParsedAddress address, ICollection<string> keys)
    {
        if (address.Building is not { } building)
        {
            return;
        }

        if (address.Postcode is not null)
        {
            keys.Add(string.Concat(address.Postcode, "|", building));
        }

        if (address.Street is not null && address.Town is not null)
        {
            keys.Add(string.Concat(address.Street, "|", address.Town, "|", building));
        }
    }
}
