using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>Records and subjects sharing an official reference number of the same kind.</summary>
public sealed class IdentifierBlocker : IBlocker
{
    public string Name => "identifier";

    public void AddKeys(PersonRecord record, ICollection<string> keys)
    {
        foreach (var identifier in record.Identifiers)
        {
            keys.Add(Key(identifier));
        }
    }

    public void AddKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var identifier in subject.Identifiers)
        {
            keys.Add(Key(identifier));
        }
    }

    private static string Key(PersonIdentifier identifier) => identifier.Kind + ":" + identifier.Value;
}
