using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// One way of choosing which subjects a record is compared with. A record and a subject sharing any key of a
/// blocker are a candidate pair; rules use several blockers so that one noisy field does not hide a link.
/// </summary>
/// <remarks>Keys are written, not returned: a record's keys are looked up without becoming strings.</remarks>
public interface IBlocker
{
    string Name { get; }

    void WriteKeys(PersonRecord record, KeyWriter keys);

    void WriteKeys(Subject subject, KeyWriter keys);
}

/// <summary>A blocker's keys as strings.</summary>
public static class BlockerKeys
{
    public static void AddKeys(this IBlocker blocker, PersonRecord record, ICollection<string> keys) =>
        blocker.WriteKeys(record, new CollectingKeyWriter(keys));

    public static void AddKeys(this IBlocker blocker, Subject subject, ICollection<string> keys) =>
        blocker.WriteKeys(subject, new CollectingKeyWriter(keys));
}
