using ScanService.Match.Comparators;
using ScanService.Model;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

public class ComparatorTests
{
    // Names and dates of birth have their own tables: NameComparatorTests, DateOfBirthComparatorTests.

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
    [TestCase(null, "12", "M8 8EP", null, "14", "M8 8EP", "same_street")]
    [TestCase(null, "12", null, null, "12", "M8 8EP", "same_street_building")]
    [TestCase(null, "12", "M8 8EP", null, "12", "M8 9AB", "similar_address")]
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
