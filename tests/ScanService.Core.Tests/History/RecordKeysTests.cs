using System.Security.Cryptography;
using System.Text;
using ScanService.Core.Tests.Support;
using ScanService.History;
using ScanService.Model;
using ScanService.Rules;

namespace ScanService.Core.Tests.History;

public sealed class RecordKeysTests
{
    private static readonly DateOnly Night = new(2026, 11, 23);

    [Test]
    public void A_large_night_keys_every_record_in_the_order_of_the_records()
    {
        // Far more records than one parallel slice, so slices must be joined back in order.
        var records = Enumerable.Range(0, 50_000)
            .Select(i => People.Record(
                id: $"R{i:000000}",
                name: People.Name("Person", $"Number{i}"),
                phones: i % 2 == 0 ? [$"+4477009{i % 100000:00000}"] : []))
            .ToList();

        var keys = RecordKeys.Of(Night, records, RuleSet.Of([Obliging("nrm-referrals")], "test"));

        keys.Count.ShouldBe(75_000);
        keys.Select(k => k.RecordId).Distinct().ShouldBe(records.Select(r => r.RecordId));
        keys.Where(k => k.Kind == RecordKeyKind.Record).Select(k => k.RecordId).ShouldBe(records.Select(r => r.RecordId));
        keys.Single(k => k.RecordId == "R049998" && k.Kind == RecordKeyKind.Phone).Value.ShouldBe(Sha256Key("phone", "+447700949998"));
    }

    [TestCase("+447700900123")]
    [TestCase("m8 8ep|12|3")]
    [TestCase("ñame with accents é|2001-02-03")]
    public void A_key_is_the_first_half_of_the_sha256_of_its_kind_and_value_as_earlier_nights_stored_it(string value)
    {
        KeyHash.Of("phone", value).ToString().ShouldBe(Sha256Key("phone", value));
    }

    [Test]
    public void A_key_longer_than_the_stack_buffer_is_hashed_the_same_way()
    {
        var value = new string('é', 2_000);

        KeyHash.Of("premises", value).ToString().ShouldBe(Sha256Key("premises", value));
    }

    [Test]
    public void The_same_phone_on_two_records_has_one_key_and_different_phones_have_different_keys()
    {
        var keys = RecordKeys.Of(Night,
            [People.Record(id: "A", phones: ["+447700900123"]), People.Record(id: "B", phones: ["+447700900123"]),
             People.Record(id: "C", phones: ["+447700900124"])],
            new RuleSet([], "test"));

        var phones = keys.Where(k => k.Kind == RecordKeyKind.Phone).ToDictionary(k => k.RecordId, k => k.Value);
        phones["A"].ShouldBe(phones["B"]);
        phones["A"].ShouldNotBe(phones["C"]);
        phones["A"].Length.ShouldBe(32);
        phones["A"].ShouldNotContain("900123");
    }

    [Test]
    public void Only_a_source_an_enabled_compliance_rule_obliges_keeps_a_record_key_and_every_source_keeps_its_phones()
    {
        var rules = RuleSet.Of([Obliging("nrm-referrals"), Obliging("benefit-claims") with { Enabled = false }], "test");
        var keys = RecordKeys.Of(Night,
            [People.Record(id: "N1", source: "nrm-referrals", phones: ["+447700900123"]),
             People.Record(id: "B1", source: "benefit-claims", phones: ["+447700900124"]),
             People.Record(id: "L1", source: "labour-inspections", phones: ["+447700900125"])],
            rules);

        keys.Where(k => k.Kind == RecordKeyKind.Record).Select(k => k.RecordId).ShouldBe(["N1"]);
        keys.Where(k => k.Kind == RecordKeyKind.Phone).Select(k => k.RecordId).ShouldBe(["N1", "B1", "L1"]);
    }

    [Test]
    public void A_compliance_rule_over_all_sources_obliges_every_record()
    {
        var keys = RecordKeys.Of(Night,
            [People.Record(id: "N1", source: "nrm-referrals"), People.Record(id: "L1", source: "labour-inspections")],
            RuleSet.Of([Obliging(sources: null)], "test"));

        keys.Where(k => k.Kind == RecordKeyKind.Record).Select(k => k.RecordId).ShouldBe(["N1", "L1"]);
    }

    private static ComplianceRule Obliging(params string[]? sources) => new(
        "must-follow-up", 1, "test", "high", Enabled: true, Owner: null, sources?.ToHashSet(StringComparer.Ordinal),
        "crime-records", "nrm_reference", 24, "must-follow-up.yaml");

    // The definition, spelt out independently: history stored before tonight must keep matching tonight's keys.
    [Test]
    public void A_person_key_hashes_the_joined_folded_name_and_date_of_birth_as_earlier_nights_stored_it()
    {
        // Earlier nights hashed "forenames|surnames|<the date's own ToString()>"; a key spelled differently tonight
        // would make every returning person a new one to the pattern rules.
        var named = People.Record(id: "A", name: new PersonName(["anna", "maria"], ["lopez", "garcia"]), dob: new DateOfBirth(1990, 3, 4), phones: ["+447700900123"]);
        var yearOnly = People.Record(id: "B", name: new PersonName(["jon"], ["smith"]), dob: DateOfBirth.YearOnly(987), phones: ["+447700900124"]);
        var undated = People.Record(id: "C", name: new PersonName(["jon"], ["smith"]), phones: ["+447700900125"]);
        var nameless = People.Record(id: "D", phones: ["+447700900126"]);

        var keys = RecordKeys.Of(Night, [named, yearOnly, undated, nameless], new RuleSet([], "test")).ToDictionary(k => k.RecordId);

        keys["A"].PersonKey.ShouldBe(Sha256Key("person", "anna maria|lopez garcia|1990-03-04"));
        keys["B"].PersonKey.ShouldBe(Sha256Key("person", "jon|smith|0987"));
        keys["C"].PersonKey.ShouldBe(Sha256Key("person", "jon|smith|"));
        keys["D"].PersonKey.ShouldBe(Sha256Key("record", "nrm-referrals/D"));
    }

    [Test]
    public void A_person_key_longer_than_the_thread_buffer_is_spelled_out_whole()
    {
        var forenames = Enumerable.Range(0, 60).Select(i => $"forename{i}").ToArray();
        var record = People.Record(id: "A", name: new PersonName(forenames, ["lopez"]), phones: ["+447700900123"]);

        var key = RecordKeys.Of(Night, [record], new RuleSet([], "test")).Single();

        key.PersonKey.ShouldBe(Sha256Key("person", string.Join(' ', forenames) + "|lopez|"));
    }

    private static string Sha256Key(string kind, string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\n" + value)).AsSpan(0, 16));
}
