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
        var level = BestLevel(record, subject, out var address);
        return Outcome(level, address);
    }

    /// <summary>
    /// The level <see cref="Compare"/> gives, without the masked premises it explains a link with: the score ceiling
    /// weighs millions of pairs that only need the level.
    /// </summary>
    public string LevelOf(PersonRecord record, Subject subject) => BestLevel(record, subject, out _);

    private string BestLevel(PersonRecord record, Subject subject, out ParsedAddress? bestAddress)
    {
        bestAddress = null;
        if (record.Address.IsEmpty || subject.Addresses.Count == 0)
        {
            return Comparators.Levels.Missing;
        }

        // Most subjects have one address: its level is the best, without ranking it.
        if (subject.Addresses.Count == 1)
        {
            bestAddress = subject.Addresses[0];
            return LevelOf(record.Address, bestAddress);
        }

        var best = Levels.Count - 1;
        foreach (var known in subject.Addresses)
        {
            var index = Levels.IndexOf(LevelOf(record.Address, known));
            if (index < best)
            {
                best = index;
                bestAddress = known;
            }
        }

        return Levels[best];
    }

    private static ComparisonOutcome Outcome(string level, ParsedAddress? address) =>
        level is SameFlat or SameBuilding or SameStreetBuilding ? new(level, Masking.Premises(address!)) : new(level);

    /// <summary>The level of two addresses (see the class): worked out from their <see cref="AddressFacts"/>.</summary>
    public static string LevelOf(ParsedAddress a, ParsedAddress b) => LevelOf(a, new AddressFacts(a), b, new AddressFacts(b));

    /// <summary>
    /// As <see cref="LevelOf(ParsedAddress, ParsedAddress)"/>, the addresses' <see cref="AddressFacts"/> answering
    /// first: most pairs are settled on the hashes and bounds without reading a text of the other address.
    /// </summary>
    internal static string LevelOf(ParsedAddress a, in AddressFacts fa, ParsedAddress b, in AddressFacts fb)
    {
        var exact = ExactLevelOf(a, fa, b, fb);
        if (exact != Comparators.Levels.Different && exact != Comparators.Levels.Missing)
        {
            return exact;
        }

        if (!SameLocality(a, fa, b, fb))
        {
            return exact;
        }

        if (fa.Building != 0 && AddressFacts.Same(fa.Building, a.Building, fb.Building, b.Building))
        {
            return fa.Flat != 0 && fb.Flat != 0 && !AddressFacts.Same(fa.Flat, a.Flat, fb.Flat, b.Flat) ? DifferentFlat : SimilarAddress;
        }

        return SameStreet;
    }

    private static string ExactLevelOf(ParsedAddress a, in AddressFacts fa, ParsedAddress b, in AddressFacts fb)
    {
        if (fa.Building == 0 || fb.Building == 0)
        {
            return Comparators.Levels.Missing;
        }

        bool sameBuilding;
        bool byPostcode;
        if (fa.Postcode != 0 && fb.Postcode != 0)
        {
            sameBuilding = AddressFacts.Same(fa.Postcode, a.Postcode, fb.Postcode, b.Postcode) &&
                AddressFacts.Same(fa.Building, a.Building, fb.Building, b.Building);
            byPostcode = true;
        }
        else
        {
            sameBuilding = fa.Street != 0 && fa.Town != 0 &&
                AddressFacts.Same(fa.Street, a.Street, fb.Street, b.Street) && AddressFacts.Same(fa.Town, a.Town, fb.Town, b.Town) &&
                AddressFacts.Same(fa.Building, a.Building, fb.Building, b.Building);
            byPostcode = false;
        }

        if (!sameBuilding)
        {
            return Comparators.Levels.Different;
        }

        if (fa.Flat != 0 && fb.Flat != 0)
        {
            return AddressFacts.Same(fa.Flat, a.Flat, fb.Flat, b.Flat) ? SameFlat : DifferentFlat;
        }

        return byPostcode ? SameBuilding : SameStreetBuilding;
    }

    /// <summary>The same street in the same place, allowing a typo in either: the postcode agrees or the town is close.</summary>
    private static bool SameLocality(ParsedAddress a, in AddressFacts fa, ParsedAddress b, in AddressFacts fb)
    {
        if (fa.Street == 0 || fb.Street == 0)
        {
            return false;
        }

        var samePlace = (fa.Postcode != 0 && AddressFacts.Same(fa.Postcode, a.Postcode, fb.Postcode, b.Postcode)) ||
            (fa.Town != 0 && fb.Town != 0 && AddressFacts.MayReach(fa.TownLength, fa.TownLetters, fb.TownLength, fb.TownLetters, SimilarTown) &&
             JaroWinkler.SimilarityFrom(a.Town, b.Town, SimilarTown) >= SimilarTown);
        return samePlace && AddressFacts.MayReach(fa.StreetLength, fa.StreetLetters, fb.StreetLength, fb.StreetLetters, SimilarStreet) &&
            JaroWinkler.SimilarityFrom(a.Street, b.Street, SimilarStreet) >= SimilarStreet;
    }
}
