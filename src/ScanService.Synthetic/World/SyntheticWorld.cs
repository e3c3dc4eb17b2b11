using ScanService.Synthetic.Names;
using ScanService.Synthetic.People;
using ScanService.Synthetic.Phones;
using ScanService.Synthetic.Places;

namespace ScanService.Synthetic.World;

/// <summary>
/// Everything that exists before any record is written: investigations, their subjects, the streets and the
/// phone numbers. Read-only once built, so the sources can be generated in parallel.
/// </summary>
internal sealed class SyntheticWorld
{
    public required DateOnly RunDate { get; init; }

    public required IReadOnlyList<Investigation> Investigations { get; init; }

    public required IReadOnlyList<Subject> Subjects { get; init; }

    public required SubjectIndex Index { get; init; }

    public required SubjectPools Pools { get; init; }

    public required AddressSpace Addresses { get; init; }

    public required PhoneBook Phones { get; init; }

    public required PersonFactory People { get; init; }

    public CultureCatalog Cultures => People.Catalog;
}
