using ScanService.Synthetic.Names;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.People;

/// <summary>Builds a full name by the structure of its culture.</summary>
internal static class NameFactory
{
    public static TrueName Create(Culture culture, Gender gender, Random random) => culture.Structure switch
    {
        NameStructure.Patronymic => new TrueName
        {
            Given = [culture.Given(gender).Pick(random)],
            Patronyms = [culture.MaleGiven.Pick(random), culture.MaleGiven.Pick(random)],
        },
        NameStructure.Vietnamese => WithFamily(culture, gender, random, [culture.Given(gender).Pick(random)], [culture.Middle(gender).Pick(random)], 1, false),
        NameStructure.FamilyFirst => WithFamily(culture, gender, random, [culture.Given(gender).Pick(random)], [], 1, false),
        NameStructure.DoubleSurname => WithGivenAndFamily(culture, gender, random, 2, false),
        _ => Western(culture, gender, random),
    };

    /// <summary>
    /// A given name no record would confuse with <paramref name="of"/>'s: not a variant or nickname of it, and
    /// not starting with the same two letters (John and Jonathan, Daniel and Daniela).
    /// </summary>
    public static NameEntry DifferentGiven(Person of, Gender gender, Random random)
    {
        var pool = of.Culture.Given(gender);
        for (var attempt = 0; ; attempt++)
        {
            var given = pool.Pick(random);
            var clash = of.Name.Given.Any(g => g.Key.AsSpan(0, Math.Min(2, g.Key.Length)).SequenceEqual(given.Key.AsSpan(0, Math.Min(2, given.Key.Length)))
                || g.Answers(given.Native) || given.Answers(g.Native));
            if (!clash || attempt > 50)
            {
                return given;
            }
        }
    }

    private static TrueName Western(Culture culture, Gender gender, Random random)
    {
        var hyphenated = random.Chance(culture.HyphenatedRate);
        var name = WithGivenAndFamily(culture, gender, random, hyphenated ? 2 : 1, hyphenated);
        if (gender == Gender.Male && culture.MalePrefix is { } prefix && random.Chance(culture.MalePrefixRate))
        {
            var called = name.Given[0];
            while (called.Answers(prefix.Native))
            {
                called = culture.MaleGiven.Pick(random);
            }

            return new TrueName
            {
                Given = [prefix, called],
                Family = name.Family,
                FamilySource = name.FamilySource,
                HasPrefix = true,
            };
        }

        return name;
    }

    private static TrueName WithGivenAndFamily(Culture culture, Gender gender, Random random, int families, bool hyphenated)
    {
        var given = Givens(culture, gender, random);
        return WithFamily(culture, gender, random, given, Middles(culture, gender, given, random), families, hyphenated);
    }

    private static TrueName WithFamily(Culture culture, Gender gender, Random random, NameEntry[] given, NameEntry[] middle, int families, bool hyphenated)
    {
        var pool = culture.Surnames ?? throw new InvalidOperationException($"culture {culture.Key} has no surnames");
        var sources = new Surname[families];
        for (var i = 0; i < families; i++)
        {
            do
            {
                sources[i] = pool.Pick(random);
            }
            while (i > 0 && sources[i] == sources[0]);
        }

        return new TrueName
        {
            Given = given,
            Middle = middle,
            Family = [.. sources.Select(s => s.For(gender, random))],
            FamilySource = sources,
            Hyphenated = hyphenated,
        };
    }

    private static NameEntry[] Givens(Culture culture, Gender gender, Random random)
    {
        var first = culture.Given(gender).Pick(random);
        if (!random.Chance(culture.TwoGivenNamesRate))
        {
            return [first];
        }

        var second = culture.Given(gender).Pick(random);
        return second.Key == first.Key ? [first] : [first, second];
    }

    private static NameEntry[] Middles(Culture culture, Gender gender, NameEntry[] given, Random random)
    {
        if (!random.Chance(culture.MiddleNameRate))
        {
            return [];
        }

        var middle = culture.Middle(gender).Pick(random);
        return middle.Key == given[0].Key ? [] : [middle];
    }
}
