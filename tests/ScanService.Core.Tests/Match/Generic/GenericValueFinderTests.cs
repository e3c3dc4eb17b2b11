using ScanService.Match.Generic;
using ScanService.Model;
using ScanService.Normalise;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match.Generic;

public class GenericValueFinderTests
{
    private static readonly ParsedAddress Hostel = AddressParser.Parse("12 Oldham Road, Manchester", "M4 5AH");
    private const string AgencyPhone = "+447700900999";

    private static List<PersonRecord> PeopleGiving(int people, ParsedAddress? address = null, string? phone = null) =>
        [.. Enumerable.Range(1, people).Select(i => Record(
            id: $"R{i}", name: Name("Person" + Letters(i), "Example"), dob: new DateOfBirth(1990, 1 + (i % 12), 1 + (i % 28)),
            phones: phone is null ? [] : [phone], address: address))];

    // Names that the normaliser keeps apart: letters, not digits.
    private static string Letters(int i) => new([(char)('a' + (i % 26)), (char)('a' + (i / 26 % 26))]);

    [Test]
    public void Premises_given_by_more_people_than_the_limit_are_generic_and_listed_masked()
    {
        var generic = GenericValueFinder.Find(PeopleGiving(26, address: Hostel), GenericValueSettings.Default);

        generic.IsGenericPremises(Hostel).ShouldBeTrue();
        var listed = generic.Listed.ShouldHaveSingleItem();
        listed.ShouldBe(new GenericValue("premises", "postcode M4 …", 26, GenericReason.ManyPeople));
    }

    [Test]
    public void At_the_limit_a_value_is_still_evidence()
    {
        var generic = GenericValueFinder.Find(PeopleGiving(25, address: Hostel, phone: AgencyPhone), GenericValueSettings.Default);

        generic.IsGenericPremises(Hostel).ShouldBeFalse();
        generic.IsGenericPhone(AgencyPhone).ShouldBeFalse();
        generic.Listed.ShouldBeEmpty();
    }

    [Test]
    public void One_person_on_many_records_counts_once()
    {
        var sameManyTimes = Enumerable.Range(1, 40)
            .Select(i => Record(id: $"R{i}", name: Name("Ana", "Popescu"), dob: new DateOfBirth(1990, 4, 11), phones: [AgencyPhone]))
            .ToList();

        GenericValueFinder.Find(sameManyTimes, GenericValueSettings.Default).IsGenericPhone(AgencyPhone).ShouldBeFalse();
    }

    [Test]
    public void A_denied_value_is_generic_with_two_people_and_an_allowed_one_never()
    {
        var settings = GenericValueSettings.Default with
        {
            DeniedPhones = new HashSet<string> { AgencyPhone },
            AllowedPremises = new HashSet<string> { "m4 5ah|12|" },
        };

        var generic = GenericValueFinder.Find([.. PeopleGiving(2, phone: AgencyPhone), .. PeopleGiving(40, address: Hostel)], settings);

        generic.IsGenericPhone(AgencyPhone).ShouldBeTrue();
        generic.IsGenericPremises(Hostel).ShouldBeFalse();
        generic.Listed.ShouldHaveSingleItem().Reason.ShouldBe(GenericReason.Denied);
    }

    [Test]
    public void Stripping_takes_out_only_the_generic_values_and_keeps_the_rest_of_the_record()
    {
        var records = PeopleGiving(30, address: Hostel, phone: AgencyPhone);
        var own = Record(id: "OWN", name: Name("Lan", "Tran"), phones: [AgencyPhone, "+447700900123"], address: Hostel);
        records.Add(own);

        var stripped = GenericValueFinder.Find(records, GenericValueSettings.Default).Strip(records);

        var seen = stripped.Single(r => r.RecordId == "OWN");
        seen.Phones.ShouldBe(["+447700900123"]);
        seen.Address.IsEmpty.ShouldBeTrue();
        seen.Name.ShouldBe(own.Name);
        records.Single(r => r.RecordId == "OWN").Phones.Length.ShouldBe(2, "the records given stay as they were, for pattern rules");
    }
}
