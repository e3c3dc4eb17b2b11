using ScanService.Match.Comparators;
using ScanService.Model;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

public class ComparatorTests
{
    [TestCase("van minh", "nguyen", "", "nguyen van minh", "exact", TestName = "Word order and which part is the surname do not matter")]
    [TestCase("stefan", "popescu", "stefan", "popescu", "exact", TestName = "Identical folded names are exact")]
    [TestCase("lukasz", "wisnewski", "lukasz", "wisniewski", "fuzzy", TestName = "A dropped letter is a fuzzy match")]
    [TestCase("mohamed", "osman", "mohammed", "osman", "fuzzy", TestName = "A transliteration variant is a fuzzy match")]
    [TestCase("tesfay", "haile", "tesfay gebremedhin", "haile", "subset", TestName = "A missing middle name is a subset")]
    [TestCase("a", "krasniqi", "arben", "krasniqi", "fuzzy", TestName = "An initial agreeing with a forename is fuzzy")]
    [TestCase("", "krasniqi", "arben", "krasniqi", "partial", TestName = "A single agreeing token is only partial")]
    [TestCase("arben", "krasniqi", "klodiana", "xhaferi", "different", TestName = "Unrelated names are different")]
    [TestCase("john", "smith", "john", "smythe brown", "different", TestName = "One token unmatched makes the names different")]
    public void Names_are_compared_as_token_sets(string aForenames, string aSurnames, string bForenames, string bSurnames, string expected)
    {
        NameComparator.LevelOf(Name(aForenames, aSurnames), Name(bForenames, bSurnames)).ShouldBe(expected);
    }

    [Test]
    public void A_missing_name_on_either_side_is_missing_not_different()
    {
        new NameComparator().Compare(Record(), Subject(name: Name("arben", "krasniqi"))).Level.ShouldBe("missing");
    }

    [TestCase(1990, 3, 14, 1990, 3, 14, "exact")]
    [TestCase(1990, 3, 14, 1990, 14, 3, "transposed")]
    [TestCase(1990, 3, 14, 1991, 3, 14, "year_near")]
    [TestCase(1990, 1, 1, 1990, 6, 20, "year_only")]
    [TestCase(1990, 1, 1, 1990, 1, 1, "year_only")]
    [TestCase(1990, 0, 0, 1990, 6, 20, "year_only")]
    [TestCase(1990, 0, 0, 1992, 6, 20, "different")]
    [TestCase(1990, 3, 14, 1985, 7, 2, "different")]
    public void Dates_of_birth_are_compared_with_levels(int y1, int m1, int d1, int y2, int m2, int d2, string expected)
    {
        DateOfBirthComparator.LevelOf(new DateOfBirth(y1, m1, d1), new DateOfBirth(y2, m2, d2)).ShouldBe(expected);
    }

    [Test]
    public void A_shared_phone_is_exact_and_the_explanation_shows_only_its_last_digits()
    {
        var outcome = new PhoneComparator().Compare(
            Record(phones: ["+447700900123", "+447700900999"]),
            Subject(phones: ["+447700900123"]));

        outcome.ShouldBe(new ComparisonOutcome("exact", "…123"));
    }

    [Test]
    public void A_phone_one_digit_off_is_different()
    {
        new PhoneComparator().Compare(Record(phones: ["+447700900124"]), Subject(phones: ["+447700900123"])).Level.ShouldBe("different");
    }

    private static ParsedAddress Address(string? flat, string? number, string? street, string? town, string? postcode) =>
        new(flat, number, null, street, town, postcode);

    [TestCase("3", "12", "M8 8EP", "3", "12", "M8 8EP", "same_flat")]
    [TestCase(null, "12", "M8 8EP", "3", "12", "M8 8EP", "same_building")]
    [TestCase("3", "12", "M8 8EP", "4", "12", "M8 8EP", "different_flat")]
    [TestCase(null, "12", "M8 8EP", null, "14", "M8 8EP", "different")]
    [TestCase(null, "12", null, null, "12", "M8 8EP", "same_street_building")]
    [TestCase(null, "12", "M8 8EP", null, "12", "M8 9AB", "different")]
    public void Premises_agree_on_postcode_and_building_and_flats_must_agree_when_both_are_given(
        string? flatA, string numberA, string? postcodeA, string? flatB, string numberB, string? postcodeB, string expected)
    {
        var a = Address(flatA, numberA, "oldham road", "manchester", postcodeA);
        var b = Address(flatB, numberB, "oldham road", "manchester", postcodeB);

        PremisesComparator.LevelOf(a, b).ShouldBe(expected);
    }

    [Test]
    public void Without_a_postcode_the_town_must_agree_too()
    {
        PremisesComparator.LevelOf(
            Address(null, "12", "oldham road", "manchester", null),
            Address(null, "12", "oldham road", "rochdale", null)).ShouldBe("different");
    }
}
