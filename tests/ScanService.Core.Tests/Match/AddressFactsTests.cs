using ScanService.Match.Comparators;
using ScanService.Match.Text;
using ScanService.Model;

namespace ScanService.Core.Tests.Match;

/// <summary>
/// The premises level worked out from the addresses' hashes and bounds must be the level the comparator's rules give
/// on the texts (written out here, as they were before the hashes), for addresses that agree, differ by a typo, a
/// flat, a number, a missing part or everything; and the street/town bound must never rule out a pair the
/// similarity lets through.
/// </summary>
public class AddressFactsTests
{
    private static readonly string?[] Flats = [null, "1", "2", "3a"];
    private static readonly string?[] Numbers = [null, "8", "10", "12"];
    private static readonly string?[] BuildingNames = [null, "mill house"];
    private static readonly string?[] Streets = [null, "stanley street", "stanley stret", "stanely street", "oldham road", "oldham rd", "cheetham hill road", "st"];
    private static readonly string?[] Towns = [null, "manchester", "manchestr", "winston hills", "leeds", "ldees"];
    private static readonly string?[] Postcodes = [null, "M4 5EA", "M4 5EB", "LS1 4AB"];

    [Test]
    public void The_level_from_the_facts_is_the_level_from_the_texts_for_every_kind_of_pair()
    {
        var random = new Random(20261124);
        var addresses = Enumerable.Range(0, 600).Select(_ => new ParsedAddress(
            Pick(Flats, random), Pick(Numbers, random), Pick(BuildingNames, random), Pick(Streets, random), Pick(Towns, random), Pick(Postcodes, random)))
            .Append(ParsedAddress.Empty)
            .ToArray();
        var levels = new Dictionary<string, int>();
        foreach (var a in addresses)
        {
            foreach (var b in addresses.Take(150))
            {
                // Copies, so that equal parts are equal texts, not the same string.
                var copy = b with { Street = Copy(b.Street), Town = Copy(b.Town), Postcode = Copy(b.Postcode), Number = Copy(b.Number), Flat = Copy(b.Flat) };
                var expected = OnTheTexts(a, copy);
                PremisesComparator.LevelOf(a, new AddressFacts(a), copy, new AddressFacts(copy)).ShouldBe(expected, $"{a} / {copy}");
                PremisesComparator.LevelOf(a, copy).ShouldBe(expected, $"{a} / {copy}");
                levels[expected] = levels.GetValueOrDefault(expected) + 1;
            }
        }

        levels.Keys.ShouldBe(new PremisesComparator().Levels, ignoreOrder: true);
        levels.Values.ShouldAllBe(count => count >= 20);
    }

    [Test]
    public void The_bound_never_rules_out_a_street_or_town_the_similarity_lets_through()
    {
        var random = new Random(7);
        string[] words = ["stanley street", "oldham road", "manchester", "winston hills", "cheetham hill road", "leeds", "ab", "a"];
        int reached = 0, ruledOut = 0;
        foreach (var word in words)
        {
            for (var n = 0; n < 3_000; n++)
            {
                var other = Mutate(random.Next(2) == 0 ? word : words[random.Next(words.Length)], random);
                foreach (var threshold in new[] { 0.85, 0.88 })
                {
                    var mayReach = AddressFacts.MayReach(word.Length, JaroWinkler.LettersOf(word), other.Length, JaroWinkler.LettersOf(other), threshold);
                    if (JaroWinkler.SimilarityFrom(word, other, threshold) >= threshold)
                    {
                        mayReach.ShouldBeTrue($"{word} / {other} at {threshold}");
                        reached++;
                    }
                    else
                    {
                        ruledOut += mayReach ? 0 : 1;
                    }
                }
            }
        }

        reached.ShouldBeGreaterThan(5_000);
        ruledOut.ShouldBeGreaterThan(5_000);
    }

    /// <summary>The comparator's rules on the texts alone.</summary>
    private static string OnTheTexts(ParsedAddress a, ParsedAddress b)
    {
        var exact = ExactOnTheTexts(a, b);
        if (exact != Levels.Different && exact != Levels.Missing)
        {
            return exact;
        }

        if (a.Street is null || b.Street is null)
        {
            return exact;
        }

        var samePlace = (a.Postcode is not null && a.Postcode == b.Postcode) ||
            (a.Town is not null && b.Town is not null && JaroWinkler.Similarity(a.Town, b.Town) >= 0.85);
        if (!samePlace || JaroWinkler.Similarity(a.Street, b.Street) < 0.88)
        {
            return exact;
        }

        if (a.Building is not null && a.Building == b.Building)
        {
            return a.Flat is not null && b.Flat is not null && a.Flat != b.Flat ? PremisesComparator.DifferentFlat : PremisesComparator.SimilarAddress;
        }

        return PremisesComparator.SameStreet;
    }

    private static string ExactOnTheTexts(ParsedAddress a, ParsedAddress b)
    {
        if (a.Building is null || b.Building is null)
        {
            return Levels.Missing;
        }

        var byPostcode = a.Postcode is not null && b.Postcode is not null;
        var sameBuilding = byPostcode
            ? a.Postcode == b.Postcode && a.Building == b.Building
            : a.Street is not null && a.Town is not null && a.Street == b.Street && a.Town == b.Town && a.Building == b.Building;
        if (!sameBuilding)
        {
            return Levels.Different;
        }

        if (a.Flat is not null && b.Flat is not null)
        {
            return a.Flat == b.Flat ? PremisesComparator.SameFlat : PremisesComparator.DifferentFlat;
        }

        return byPostcode ? PremisesComparator.SameBuilding : PremisesComparator.SameStreetBuilding;
    }

    private static string? Pick(string?[] values, Random random) => values[random.Next(values.Length)];

    private static string? Copy(string? text) => text is null ? null : new string(text.AsSpan());

    /// <summary>Up to three edits: a letter changed, dropped, doubled or two swapped.</summary>
    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        for (var edits = random.Next(4); edits > 0 && chars.Count > 1; edits--)
        {
            var at = random.Next(chars.Count - 1);
            switch (random.Next(4))
            {
                case 0: chars[at] = (char)('a' + random.Next(26)); break;
                case 1: chars.RemoveAt(at); break;
                case 2: chars.Insert(at, chars[at]); break;
                default: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }

        return new string([.. chars]);
    }
}
