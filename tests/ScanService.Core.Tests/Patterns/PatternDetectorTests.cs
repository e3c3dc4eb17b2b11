using ScanService.Model;
using ScanService.Patterns;
using ScanService.Rules;

namespace ScanService.Core.Tests.Patterns;

public sealed class PatternDetectorTests
{
    private static readonly DateOnly Night = new(2026, 11, 23);

    private static readonly PatternRule SharedPhone = new(
        "shared-phone", 2, "test", "high", Enabled: true, Owner: null, Sources: null, PatternRule.ByPhone,
        MinPeople: 3, MinSources: 1, WindowDays: 30, "shared-phone.yaml");

    [Test]
    public void A_value_given_by_as_many_people_as_the_rule_needs_is_one_alert_naming_its_members_in_order()
    {
        var keys = new List<RecordKey>
        {
            Phone("b-source", "R3", "person-3", "hash-a"),
            Phone("a-source", "R1", "person-1", "hash-a"),
            Phone("a-source", "R9", "person-9", "hash-lonely"),
            Phone("a-source", "R2", "person-2", "hash-a"),
        };

        var alert = PatternDetector.Detect([SharedPhone], Night, keys).ShouldHaveSingleItem();

        alert.PatternKey.ShouldBe("hash-a");
        alert.RuleVersion.ShouldBe(2);
        alert.PeopleCount.ShouldBe(3);
        alert.Members.ShouldBe(["a-source/R1", "a-source/R2", "b-source/R3"]);
        alert.KeyMasked.ShouldBe("phone masked hash-a");
        alert.Explanation.ShouldStartWith("3 distinct people in 3 records from 2 sources gave one phone masked hash-a");
    }

    [Test]
    public void One_person_too_few_or_a_key_outside_the_window_raises_nothing()
    {
        var keys = new List<RecordKey>
        {
            Phone("a-source", "R1", "person-1", "hash-a"),
            Phone("a-source", "R2", "person-2", "hash-a"),
            // The same person again on another record: three records, but only two people.
            Phone("a-source", "R3", "person-2", "hash-a"),
            Phone("a-source", "R4", "person-4", "hash-a", day: Night.AddDays(-30)),
        };

        PatternDetector.Detect([SharedPhone], Night, keys).ShouldBeEmpty();
    }

    [Test]
    public void A_record_dated_after_the_night_it_was_read_counts_from_that_night()
    {
        // R3 came in three nights ago dated a week ahead: it is in tonight's window (and was in its own night's),
        // and the alert's dates are the nights the window counted.
        var keys = new List<RecordKey>
        {
            Phone("a-source", "R1", "person-1", "hash-a"),
            Phone("a-source", "R2", "person-2", "hash-a"),
            Phone("a-source", "R3", "person-3", "hash-a", night: Night.AddDays(-3), day: Night.AddDays(4)),
        };

        var alert = PatternDetector.Detect([SharedPhone], Night, keys).ShouldHaveSingleItem();
        alert.Members.ShouldContain("a-source/R3");
        alert.Explanation.ShouldContain($"between {Night.AddDays(-3):yyyy-MM-dd} and {Night:yyyy-MM-dd}");
        PatternDetector.Detect([SharedPhone], Night.AddDays(-3), keys.Take(2).Select(k => k with { Night = Night.AddDays(-3) }).Append(keys[2]).ToList())
            .ShouldHaveSingleItem("on the night it was read, too");
    }

    [Test]
    public void A_record_read_on_two_nights_is_one_member_and_premises_keys_never_count_for_a_phone_rule()
    {
        var keys = new List<RecordKey>
        {
            Phone("a-source", "R1", "person-1", "hash-a", night: Night.AddDays(-1)),
            Phone("a-source", "R1", "person-1", "hash-a"),
            Phone("a-source", "R2", "person-2", "hash-a"),
            Phone("a-source", "R3", "person-3", "hash-a") with { Kind = RecordKeyKind.Premises },
        };

        PatternDetector.Detect([SharedPhone], Night, keys).ShouldBeEmpty();
        PatternDetector.Detect([SharedPhone with { MinPeople = 2 }], Night, keys).ShouldHaveSingleItem().Members.ShouldBe(["a-source/R1", "a-source/R2"]);
    }

    [Test]
    public void Several_rules_are_found_together_and_come_out_by_rule_then_key_whatever_order_they_are_given_in()
    {
        var crowded = SharedPhone with { Id = "crowded-address", GroupBy = PatternRule.ByPremises, MinPeople = 2 };
        var keys = new List<RecordKey>
        {
            Phone("a-source", "R1", "person-1", "hash-b"), Phone("a-source", "R2", "person-2", "hash-b"), Phone("a-source", "R3", "person-3", "hash-b"),
            Phone("a-source", "R1", "person-1", "hash-a"), Phone("a-source", "R2", "person-2", "hash-a"), Phone("a-source", "R3", "person-3", "hash-a"),
            Phone("a-source", "R1", "person-1", "hash-p") with { Kind = RecordKeyKind.Premises },
            Phone("a-source", "R2", "person-2", "hash-p") with { Kind = RecordKeyKind.Premises },
        };

        var alerts = PatternDetector.Detect([SharedPhone, crowded], Night, keys);

        alerts.Select(a => (a.RuleId, a.PatternKey)).ShouldBe([("crowded-address", "hash-p"), ("shared-phone", "hash-a"), ("shared-phone", "hash-b")]);
        static string Shown(PatternAlert a) => $"{a.RuleId} {a.PatternKey} {string.Join(',', a.Members)} {a.Explanation}";
        PatternDetector.Detect([crowded, SharedPhone], Night, keys).Select(Shown).ShouldBe(alerts.Select(Shown));
    }

    private static RecordKey Phone(string source, string recordId, string person, string value, DateOnly? night = null, DateOnly? day = null) =>
        new(night ?? Night, source, recordId, day, person, RecordKeyKind.Phone, value, "phone masked " + value);
}
