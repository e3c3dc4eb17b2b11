using ScanService.Match.Text;
using ScanService.Model;

namespace ScanService.Match.Comparators;

/// <summary>
/// The same premises: the same postcode and building, or — when a postcode is missing on either side — the same
/// street, town and building. Flats must agree when both sides give one: two flats in one block are two homes.
/// </summary>
public sealed class PremisesComparator : IFieldComparator
{
    public const string SameFlat = "same_flat";
    public const string SameBuilding = "same_building";
    public const string SameStreetBuilding = "same_street_building";
    public const string DifferentFlat = "different_flat";

    /// <summary>Same building number on a street and town that differ only by a typo: evidence, not proof.</summary>
    public const string SimilarAddress = "similar_address";

    /// <summary>Same street and town, another or no building number: a neighbour, weak evidence for a person.</summary>
    public const string SameStreet = "same_street";

    private const double SimilarStreet = 0.88;
    private const double SimilarTown = 0.85;

    public string Field => "premises";

    public IReadOnlyList<string> Levels { get; } =
        [SameFlat, SameBuilding, SameStreetBuilding, SimilarAddress, DifferentFlat, SameStreet, Comparators.Levels.Different, Comparators.Levels.Missing];

    public ComparisonOutcome Compare(PersonRecord record, Subject subject)
    {
        if (record.Address.IsEmpty || subject.Addresses.Count == 0)
        {
            return new(Comparators.Levels.Missing);
        }

        // Most subjects have one address: its level is the best, without ranking it.
        if (subject.Addresses.Count == 1)
        {
            return Outcome(LevelOf(record.Address, subject.Addresses[0]), subject.Addresses[0]);
        }

        var best = Levels.Count - 1;
        ParsedAddress? bestAddress = null;
        foreach (var known in subject.Addresses)
        {
            var index = Levels.IndexOf(LevelOf(record.Address, known));
            if (index < best)
            {
                best = index;
                bestAddress = known;
            }
        }

        return Outcome(Levels[best], bestAddress);
    }

    private static ComparisonOutcome Outcome(string level, ParsedAddress? address) =>
        level is SameFlat or SameBuilding or SameStreetBuilding ? new(level, Masking.Premises(address!)) : new(level);

    public static string LevelOf(ParsedAddress a, ParsedAddress b)
    {
        var exact = ExactLevelOf(a, b);
        if (exact != Comparators.Levels.Different && exact != Comparators.Levels.Missing)
        {
            return exact;
        }

        if (!SameLocality(a, b))
        {
            return exact;
        }

        if (a.Building is not null && a.Building == b.Building)
        {
            return a.Flat is not null && b.Flat is not null && a.Flat != b.Flat ? DifferentFlat : SimilarAddress;
        }

        return SameStreet;
    }

    private static string ExactLevelOf(ParsedAddress a, ParsedAddress b)
    {
        if (a.Building is null || b.Building is null)
        {
            return Comparators.Levels.Missing;
        }

        bool sameBuilding;
        bool byPostcode;
        if (a.Postcode is not null && b.Postcode is not null)
        {
            sameBuilding = a.Postcode == b.Postcode && a.Building == b.Building;
            byPostcode = true;
        }
        else
        {
            sameBuilding = a.Street is not null && a.Town is not null &&
                a.Street == b.Street && a.Town == b.Town && a.Building == b.Building;
            byPostcode = false;
        }

        if (!sameBuilding)
        {
            return Comparators.Levels.Different;
        }

        if (a.Flat is not null && b.Flat is not null)
        {
            return a.Flat == b.Flat ? SameFlat : DifferentFlat;
        }

        return byPostcode ? SameBuilding : SameStreetBuilding;
    }

    /// <summary>The same street in the same place, allowing a typo in either: the postcode agrees or the town is close.</summary>
    private static bool SameLocality(ParsedAddress a, ParsedAddress b)
    {
        if (a.Street is null || b.Street is null)
        {
            return false;
        }

        // The place is the cheaper half to rule out (a postcode, a short town name), and most pairs are elsewhere.
        var samePlace = (a.Postcode is not null && a.Postcode == b.Postcode) ||
            (a.Town is not null && b.Town is not null && JaroWinkler.SimilarityFrom(a.Town, b.Town, SimilarTown) >= SimilarTown);
        return samePlace && JaroWinkler.SimilarityFrom(a.Street, b.Street, SimilarStreet) >= SimilarStreet;
    }
}
