using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>Records and subjects at the same building: postcode + building, or street + town + building.</summary>
public sealed class PremisesBlocker : IBlocker
{
    public string Name => "premises";

    public void WriteKeys(PersonRecord record, KeyWriter keys) => Write(record.Address, keys);

    public void WriteKeys(Subject subject, KeyWriter keys)
    {
        foreach (var address in subject.Addresses)
        {
            Write(address, keys);
        }
    }

    private static void Write(ParsedAddress address, KeyWriter keys)
    {
        if (address.Building is not { } building)
        {
            return;
        }

        if (address.Postcode is not null)
        {
            keys.Start().Append(address.Postcode).Append('|').Append(building).End();
        }

        if (address.Street is not null && address.Town is not null)
        {
            keys.Start().Append(address.Street).Append('|').Append(address.Town).Append('|').Append(building).End();
        }
    }
}
