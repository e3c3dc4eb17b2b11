using ScanService.Match.Comparators;
using ScanService.Model;

namespace ScanService.Core.Tests.Match;

public class PremisesSimilarityTests
{
    private static ParsedAddress At(string? number, string? street, string? town, string? postcode = null, string? flat = null) =>
        new(flat, number, null, street, town, postcode);

    [TestCase("8", "stanley street", "winston hills", "8", "stanley stret", "winston hils", "similar_address", TestName = "A typo in street and town keeps the same number a similar address")]
    [TestCase("8", "stanley street", "winston hills", "10", "stanley street", "winston hills", "same_street", TestName = "A neighbouring number on the same street is only the same street")]
    [TestCase(null, "stanley street", "winston hills", "8", "stanley street", "winston hills", "same_street", TestName = "A missing number on the same street is only the same street")]
    [TestCase("8", "stanley street", "winston hills", "8", "pinkerton circuit", "winston hills", "different", TestName = "Another street is a different address")]
    [TestCase("8", "stanley street", "winston hills", "8", "stanley street", "richlands", "different", TestName = "The same street name in another town is a different address")]
    public void Near_addresses_get_their_own_levels(string? n1, string s1, string t1, string? n2, string s2, string t2, string expected)
    {
        PremisesComparator.LevelOf(At(n1, s1, t1), At(n2, s2, t2)).ShouldBe(expected);
    }

    [Test]
    public void Different_flats_at_a_similar_address_stay_different_flats()
    {
        PremisesComparator.LevelOf(At("12", "oldham road", "manchester", flat: "3"), At("12", "oldham rd", "manchestr", flat: "5")).ShouldBe("different_flat");
    }

    [Test]
    public void A_differing_postcode_with_the_same_street_town_and_number_is_a_similar_address()
    {
        PremisesComparator.LevelOf(At("12", "oldham road", "manchester", "M8 8EP"), At("12", "oldham road", "manchester", "M8 8EQ")).ShouldBe("similar_address");
    }
}
