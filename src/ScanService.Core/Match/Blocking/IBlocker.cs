using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// One way of choosing which subjects a record is compared with. A record and a subject sharing any key of a
/// blocker are a candidate pair; rules use several blockers so that one noisy field does not hide a link.
/// </summary>
public interface IBlocker
{
    string Name { get; }

    void AddKeys(PersonRecord record, ICollection<string> keys);

    void AddKeys(Subject subject, ICollection<string> keys);
}
