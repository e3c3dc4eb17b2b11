using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// Records and subjects sharing an official reference number of the same kind, or one a single keying slip away:
/// each number is also filed with each of its characters left out in turn, so a mistyped character or two
/// neighbouring characters swapped still leave a key in common (the comparator's <c>one_edit</c> level).
/// </summary>
public sealed class IdentifierBlocker : IBlocker
{
    public string Name => "identifier";

    public void AddKeys(PersonRecord record, ICollection<string> keys)
    {
        foreach (var identifier in record.Identifiers)
        {
            Add(identifier, keys);
        }
    }

    public void AddKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var identifier in subject.Identifiers)
        {
            Add(identifier, keys);
        }
    }

    private static void Add(PersonIdentifier identifier, ICollection<string> keys)
    {
        var value = identifier.Value;
        keys.Add(string.Concat(identifier.Kind, ":", value));
        for (var left = 0; left < value.Length; left++)
        {
            keys.Add(string.Concat(identifier.Kind, "-", value.AsSpan(0, left), value.AsSpan(left + 1)));
        }
    }
}
