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

    public string Field => "premises";

    public IReadOnlyList<string> Levels { get; } =
        [SameFlat, SameBuilding, SameStreetBuilding, DifferentFlat, Comparators.Levels.Different, Comparators.Levels.Missing];

    public ComparisonOutcome Compare(PersonRecord record, Subject subject)
    {
        if (record.Address.Building is null || subject.Addresses.Count == 0)
        {
            return new(Comparators.Levels.Missing);
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

        var level = Levels[best];
        return level is SameFlat or SameBuilding or SameStreetBuilding
            ? new(level, Masking.Premises(bestAddress!))
            : new(level);
    }

    public static string LevelOf(ParsedAddress a, ParsedAddress b)
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
}
