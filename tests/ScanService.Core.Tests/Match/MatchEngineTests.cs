using ScanService.Match;
using ScanService.Model;
using ScanService.Rules;
using static ScanService.Core.Tests.Support.People;

namespace ScanService.Core.Tests.Match;

public class MatchEngineTests
{
    private static readonly LinkRule SamePhone = new("same-phone", 1, "Same phone", "high", true, null, null,
        [new RuleComparison("phone", new Dictionary<string, double> { ["exact"] = 10 })], 10, "same-phone.yaml");

    private static readonly LinkRule SamePerson = new("same-person", 1, "Same person", "high", true, null, null,
        [
            new RuleComparison("name", new Dictionary<string, double> { ["exact"] = 6, ["fuzzy"] = 4.5, ["different"] = -5 }),
            new RuleComparison("date_of_birth", new Dictionary<string, double> { ["exact"] = 5, ["transposed"] = 3.5, ["different"] = -5 }),
        ],
        9, "same-person.yaml");

    private static IReadOnlyList<LinkAlert> Match(IEnumerable<LinkRule> rules, IReadOnlyList<Subject> subjects, params PersonRecord[] records) =>
        new MatchEngine(new RuleSet(rules.ToList(), "hash"), subjects).Match(records);

    [Test]
    public void A_shared_phone_links_the_record_to_every_open_investigation_of_the_subject()
    {
        var subject = Subject(investigations: ["INV-1", "INV-3"], phones: ["+447700900123"]);

        var alerts = Match([SamePhone], [subject], Record(phones: ["+447700900123"]));

        alerts.Select(a => a.InvestigationRef).ShouldBe(["INV-1", "INV-3"]);
        alerts.ShouldAllBe(a => a.RuleId == "same-phone" && a.Score == 10 && a.MatchedOn == "phone");
        alerts[0].Explanation.ShouldBe("phone: +10.0 (exact …123) · total 10.0 ≥ 10.0");
    }

    [Test]
    public void Name_and_date_of_birth_together_link_a_person_and_the_explanation_shows_each_weight()
    {
        var subject = Subject(name: Name("van minh", "nguyen"), dob: new DateOfBirth(1994, 7, 3));

        var alert = Match([SamePerson], [subject], Record(name: Name("nguyen van", "minh"), dob: new DateOfBirth(1994, 3, 7))).ShouldHaveSingleItem();

        alert.Score.ShouldBe(9.5);
        alert.MatchedOn.ShouldBe("name+date_of_birth");
        alert.Explanation.ShouldBe("name: +6.0 (exact) · date_of_birth: +3.5 (transposed) · total 9.5 ≥ 9.0");
    }

    [Test]
    public void A_name_alone_is_not_enough()
    {
        var subject = Subject(name: Name("arben", "krasniqi"), dob: new DateOfBirth(1991, 3, 14));

        Match([SamePerson], [subject], Record(name: Name("arben", "krasniqi"))).ShouldBeEmpty();
    }

    [Test]
    public void The_same_name_with_a_different_date_of_birth_is_a_different_person()
    {
        var subject = Subject(name: Name("mohammed", "ahmed"), dob: new DateOfBirth(1988, 2, 10));

        Match([SamePerson], [subject], Record(name: Name("mohammed", "ahmed"), dob: new DateOfBirth(1979, 11, 30))).ShouldBeEmpty();
    }

    [Test]
    public void The_counts_show_the_pairs_blocking_offered_and_those_scored_in_full()
    {
        var subjects = new[]
        {
            Subject("S1", name: Name("mohammed", "ahmed"), dob: new DateOfBirth(1988, 2, 10)),
            Subject("S2", name: Name("mohammed", "khan"), dob: new DateOfBirth(1988, 6, 21)),
            Subject("S3", name: Name("lan", "tran"), dob: new DateOfBirth(1988, 2, 10)),
            Subject("S4", name: Name("mohammed", "ahmed"), dob: new DateOfBirth(1962, 9, 1)),
            Subject("S5", name: Name("mohammed", "ahmed"), dob: new DateOfBirth(1988, 7, 30)),
        };
        var engine = new MatchEngine(new RuleSet([SamePerson], "hash"), subjects);

        var alerts = engine.Match([Record(name: Name("mohammed", "ahmed"), dob: new DateOfBirth(1988, 2, 10))]);

        // Offered: S1 and S5 (name and year), S3 (the same date); S2 shares no name pair, S4 no year or date.
        // S5's different date rules it out before its name is compared.
        alerts.ShouldHaveSingleItem().SubjectRef.ShouldBe("S1");
        engine.Counts.CandidatePairs.ShouldBe(3);
        engine.Counts.ScoredPairs.ShouldBe(2);
    }

    [Test]
    public void A_rule_limited_to_some_sources_ignores_the_others()
    {
        var limited = SamePhone with { Sources = new HashSet<string> { "benefit-claims" } };
        var subject = Subject(phones: ["+447700900123"]);

        Match([limited], [subject], Record(source: "nrm-referrals", phones: ["+447700900123"])).ShouldBeEmpty();
        Match([limited], [subject], Record(source: "benefit-claims", phones: ["+447700900123"])).Count.ShouldBe(1);
    }

    [Test]
    public void A_disabled_rule_raises_nothing()
    {
        var subject = Subject(phones: ["+447700900123"]);

        Match([SamePhone with { Enabled = false }], [subject], Record(phones: ["+447700900123"])).ShouldBeEmpty();
    }

    [Test]
    public void The_masked_record_carries_initials_birth_year_and_phone_ending_but_no_full_values()
    {
        var subject = Subject(phones: ["+447700900123"]);
        var record = Record(name: Name("klodiana", "xhaferi"), dob: new DateOfBirth(1996, 5, 17), phones: ["+447700900123"],
            address: new ParsedAddress(null, "12", null, "oldham road", "manchester", "M8 8EP"));

        var masked = Match([SamePhone], [subject], record).ShouldHaveSingleItem().RecordMasked;

        masked.ShouldBe("K. X. · b.1996 · phone …123 · M8 …");
        masked.ShouldNotContain("xhaferi", Case.Insensitive);
        masked.ShouldNotContain("900123");
        masked.ShouldNotContain("8EP");
    }

    [Test]
    public void Alerts_come_out_in_a_fixed_order_whatever_the_order_of_the_records()
    {
        var subjects = new[] { Subject("S1", phones: ["+447700900123"]), Subject("S2", investigations: ["INV-0"], phones: ["+447700900124"]) };
        var a = Record("A", phones: ["+447700900123"]);
        var b = Record("B", phones: ["+447700900124"]);

        var forward = Match([SamePhone], subjects, a, b).Select(x => x.RecordId);
        var backward = Match([SamePhone], subjects, b, a).Select(x => x.RecordId);

        forward.ShouldBe(backward);
        forward.ShouldBe(["B", "A"]);
    }
}
