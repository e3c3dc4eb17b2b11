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

    public void WriteKeys(PersonRecord record, KeyWriter keys)
    {
        foreach (var identifier in record.Identifiers)
        {
            Write(identifier, keys);
        }
    }

    public void WriteKeys(Subject subject, KeyWriter keys)
    {
        foreach (var identifier in subject.Identifiers)
        {
            Write(identifier, keys);
        }
    }

    private static void Write(PersonIdentifier identifier, KeyWriter keys)
    {
        var value = identifier.Value.AsSpan();
        keys.Start().Append(identifier.Kind).Append(':').Append(value).End();
        for (var left = 0; left < value.Length; left++)
        {
            keys.Start().Append(identifier.Kind).Append('-').Append(value[..left]).Append(value[(left + 1)..]).End();
        }
    }
}
