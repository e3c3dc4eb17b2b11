using ScanService.Synthetic.Names;
using ScanService.Synthetic.People;
using ScanService.Synthetic.Phones;
using ScanService.Synthetic.Places;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.World;

/// <summary>Builds the world from the options, sequentially from one seeded stream so it is the same every time.</summary>
internal static class WorldBuilder
{
    public static SyntheticWorld Build(SyntheticNightOptions options)
    {
        var random = new Random(SeedMixer.StreamSeed(options.Seed, 0));
        // Enough streets that a million records rarely land on a subject's building by chance.
        var totalStreets = Math.Max(800, (options.Subjects * 3 + options.Records / 3) / 110);
        var addresses = new AddressSpace(options.Seed, totalStreets);
        var phones = new PhoneBook(DramaRanges.All, random);
        var people = new PersonFactory(CultureCatalog.Instance, options.RunDate);
        var taken = new HashSet<long>();
        var investigationBuilder = new InvestigationBuilder(addresses, phones, people, options.RunDate);
        var investigations = investigationBuilder.Build(options.EffectiveInvestigations, random, taken);
        var subjects = new SubjectBuilder(investigationBuilder, phones, people).Build(options.Subjects, investigations, random, taken);
        return new SyntheticWorld
        {
            RunDate = options.RunDate,
            Investigations = investigations,
            Subjects = subjects,
            Index = new SubjectIndex(subjects),
            Pools = new SubjectPools(subjects),
            Addresses = addresses,
            Phones = phones,
            People = people,
        };
    }
}
