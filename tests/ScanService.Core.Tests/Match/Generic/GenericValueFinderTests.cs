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

    [Test]
    public void Counts_and_lists_what_plain_sets_of_people_count([Values(1, 2, 3)] int maxPeople, [Values(400, 40_000)] int recordCount)
    {
        // Few people, phones and premises shared at random, so that values land on both sides of the limit.
        var random = new Random(20261124);
        var names = Enumerable.Range(0, 12).Select(i => Name("Person" + Letters(i), i % 3 == 0 ? "Example" : "Sample")).ToArray();
        var phones = Enumerable.Range(0, 9).Select(i => "+4477009001" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var addresses = Enumerable.Range(1, 7).Select(i => AddressParser.Parse($"{i} Oldham Road, Manchester", i % 2 == 0 ? "M4 5AH" : null)).ToArray();
        // 40,000 records are more than one slice of the parallel count holds.
        var records = Enumerable.Range(0, recordCount).Select(i => Record(
            id: $"R{i}", source: i % 2 == 0 ? "nrm-referrals" : "police-intelligence",
            name: random.Next(10) == 0 ? null : names[random.Next(names.Length)],
            dob: random.Next(3) == 0 ? null : new DateOfBirth(1990, 1, 1 + random.Next(2)),
            phones: [.. Enumerable.Range(0, random.Next(3)).Select(_ => phones[random.Next(phones.Length)])],
            address: random.Next(4) == 0 ? null : addresses[random.Next(addresses.Length)])).ToList();
        var settings = GenericValueSettings.Default with { MaxPeople = maxPeople, DeniedPhones = new HashSet<string> { phones[0] } };

        var generic = GenericValueFinder.Find(records, settings);

        var expected = PlainCount(records, settings);
        generic.Listed.ShouldBe(expected);
        expected.Count(v => v.Kind == "phone" && v.Reason == GenericReason.ManyPeople).ShouldBeGreaterThan(0, "the data must exercise the limit");
        foreach (var phone in phones)
        {
            generic.IsGenericPhone(phone).ShouldBe(expected.Any(v => v.Masked == "phone " + ScanService.Match.Masking.Phone(phone)), phone);
        }
    }

    // The obvious count: a set of identities per value, as the finder did before it hashed.
    private static List<GenericValue> PlainCount(List<PersonRecord> records, GenericValueSettings settings)
    {
        static string Person(PersonRecord r) => r.Name.IsEmpty
            ? "record/" + r.Source + "/" + r.RecordId
            : string.Join(' ', r.Name.Forenames) + "|" + string.Join(' ', r.Name.Surnames) + "|" + r.DateOfBirth;
        var listed = new List<GenericValue>();
        foreach (var group in records.SelectMany(r => r.Phones.Select(p => (Value: p, Person: Person(r)))).GroupBy(x => x.Value))
        {
            var people = group.Select(x => x.Person).Distinct().Count();
            var denied = settings.DeniedPhones.Contains(group.Key);
            if (denied || people > settings.MaxPeople)
            {
                listed.Add(new GenericValue("phone", "phone " + ScanService.Match.Masking.Phone(group.Key), people, denied ? GenericReason.Denied : GenericReason.ManyPeople));
            }
        }

        foreach (var group in records.Where(r => ScanService.History.RecordKeys.PremisesText(r.Address) is not null).GroupBy(r => ScanService.History.RecordKeys.PremisesText(r.Address)))
        {
            var people = group.Select(Person).Distinct().Count();
            if (people > settings.MaxPeople)
            {
                listed.Add(new GenericValue("premises", ScanService.Match.Masking.Premises(group.First().Address), people, GenericReason.ManyPeople));
            }
        }

        return [.. listed.OrderByDescending(v => v.People).ThenBy(v => v.Kind, StringComparer.Ordinal).ThenBy(v => v.Masked, StringComparer.Ordinal)];
    }
}
