using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.Places;

/// <summary>
/// The invented streets of every town, sized to the night so that unrelated people rarely share a building
/// by accident; buildings, flats and postcodes follow from a street's position, so nothing per building is stored.
/// </summary>
internal sealed class AddressSpace
{
    // A postcode covers one run of numbers on one street, as real unit postcodes roughly do.
    private const int NumbersPerPostcode = 16;
    private const int MaxStreetLength = 240;
    private const int InwardCodes = 4000;
    private const int StreetsPerDistrict = InwardCodes / (MaxStreetLength / NumbersPerPostcode + 1);
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private readonly ulong _seed;
    private readonly Street[][] _streets;
    private readonly WeightedPool<int> _townPool;

    public AddressSpace(int seed, int totalStreets)
    {
        _seed = (ulong)(uint)seed;
        Towns = Places.Towns.All;
        var totalWeight = Towns.Sum(t => t.Weight);
        _streets = new Street[Towns.Count][];
        // Street names are unique per town name, so the London postcode areas never share a street: without a
        // postcode, street + town + number then still names one building.
        var namesByTown = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var t = 0; t < Towns.Count; t++)
        {
            var town = Towns[t];
            var wanted = (int)Math.Ceiling(totalStreets * town.Weight / totalWeight);
            if (!namesByTown.TryGetValue(town.Name, out var names))
            {
                namesByTown[town.Name] = names = new HashSet<string>(StringComparer.Ordinal);
            }

            _streets[t] = BuildStreets(town, Math.Clamp(wanted, 20, town.Districts * StreetsPerDistrict), names, new Random(SeedMixer.StreamSeed(seed, 1000 + t)));
        }

        _townPool = new WeightedPool<int>(Enumerable.Range(0, Towns.Count).Select(t => (t, Towns[t].Weight)));
    }

    public IReadOnlyList<Town> Towns { get; }

    public int StreetCount => _streets.Sum(s => s.Length);

    public Street StreetOf(Premises premises) => _streets[premises.Town][premises.Street];

    public Town TownOf(Premises premises) => Towns[premises.Town];

    public int PickTown(Random random) => _townPool.Pick(random);

    /// <summary>A random dwelling in the town (any town when null); a flat when the building is divided.</summary>
    public Premises RandomPremises(Random random, int? town = null)
    {
        var t = town ?? PickTown(random);
        var s = random.Next(_streets[t].Length);
        var number = 1 + random.Next(_streets[t][s].Length);
        var flats = FlatsIn(t, s, number);
        return new Premises(t, s, number, flats == 0 ? 0 : 1 + random.Next(flats));
    }

    /// <summary>How many flats the building holds; 0 for a house. About one building in six is divided.</summary>
    public int FlatsIn(int town, int street, int number)
    {
        var mix = SeedMixer.Mix(_seed, (ulong)town, (ulong)street, (ulong)number);
        return mix % 100 < 17 ? 2 + (int)((mix >> 8) % 11) : 0;
    }

    public int FlatsIn(Premises premises) => FlatsIn(premises.Town, premises.Street, premises.Number);

    /// <summary>The premises next door (same street, number ±1 or ±2), or null at the end of the street.</summary>
    public Premises? Neighbour(Premises of, Random random)
    {
        var street = StreetOf(of);
        var step = random.Chance(0.7) ? 1 : 2;
        var number = of.Number + (random.Chance(0.5) ? step : -step);
        if (number < 1 || number > street.Length)
        {
            number = of.Number - (number - of.Number);
        }

        if (number < 1 || number > street.Length)
        {
            return null;
        }

        var flats = FlatsIn(of.Town, of.Street, number);
        return new Premises(of.Town, of.Street, number, flats == 0 ? 0 : 1 + random.Next(flats));
    }

    /// <summary>The postcode of a building: outward code from the street's district, inward code from its run of numbers.</summary>
    public string Postcode(Premises premises)
    {
        var town = TownOf(premises);
        var street = StreetOf(premises);
        var block = (premises.Number - 1) / NumbersPerPostcode;
        var index = street.IndexInDistrict * (MaxStreetLength / NumbersPerPostcode + 1) + block;
        // 1237 is coprime with 4000, so this permutes the inward codes without collisions.
        var inward = (index * 1237 + 71) % InwardCodes;
        var letters = inward % (InwardLetters.Length * InwardLetters.Length);
        return $"{town.Area}{street.District} {inward / 400}{InwardLetters[letters / InwardLetters.Length]}{InwardLetters[letters % InwardLetters.Length]}";
    }

    private static Street[] BuildStreets(Town town, int count, HashSet<string> names, Random random)
    {
        var types = new WeightedPool<StreetType>(StreetType.All.Select(t => (t, t.Weight)));
        var streets = new List<Street>(count);
        var capacity = StreetPrefixes.All.Length * StreetType.All.Count;
        while (streets.Count < count && names.Count < capacity / 2)
        {
            var prefix = random.Pick(StreetPrefixes.All);
            var type = types.Pick(random);
            if (!names.Add(prefix + " " + type.Name))
            {
                continue;
            }

            var index = streets.Count;
            var length = random.Chance(0.3) ? random.Between(8, 40) : random.Between(40, MaxStreetLength);
            streets.Add(new Street(prefix, type, length, town.FirstDistrict + index % town.Districts, index / town.Districts));
        }

        return [.. streets];
    }
}
