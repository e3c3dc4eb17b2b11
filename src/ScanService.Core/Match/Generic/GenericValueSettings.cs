namespace ScanService.Match.Generic;

/// <summary>
/// When a phone or premises stops being evidence about one person: given by more than <see cref="MaxPeople"/>
/// distinct people in a night (a hostel, a charity office, an agency phone), or denied by an analyst. Values on the
/// allow list are never generic. Phones are E.164; premises are in the form of <c>RecordKeys.PremisesText</c>.
/// </summary>
public sealed record GenericValueSettings(
    int MaxPeople,
    IReadOnlySet<string> DeniedPhones,
    IReadOnlySet<string> DeniedPremises,
    IReadOnlySet<string> AllowedPhones,
    IReadOnlySet<string> AllowedPremises)
{
    /// <summary>
    /// Above what exploitation looks like (an HMO needs a licence from 5 occupants; a controller's phone serves a
    /// handful of workers), below what a hostel or a charity office sees in a night.
    /// </summary>
    public const int DefaultMaxPeople = 25;

    public static readonly GenericValueSettings Default = new(
        DefaultMaxPeople, new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}
