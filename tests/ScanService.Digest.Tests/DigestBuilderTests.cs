using ScanService.Digest.Content;
using ScanService.Digest.Tests.Support;

namespace ScanService.Digest.Tests;

public class DigestBuilderTests
{
    private static readonly DigestBuilder Builder = new(DigestOptions.DefaultMaxLinksInBody);

    [Test]
    public void Teams_are_in_alphabetical_order_with_the_unknown_team_last()
    {
        var input = new DigestInputBuilder()
            .Investigation("INV-1", "Zulu Team")
            .Investigation("INV-2", "alpha team")
            .Investigation("INV-3", "Bravo Team")
            .NewLink("INV-9", "nrm-referrals", "R0", 20.0)
            .NewLink("INV-1", "nrm-referrals", "R1", 9.0)
            .NewLink("INV-2", "nrm-referrals", "R2", 9.0)
            .NewLink("INV-3", "nrm-referrals", "R3", 9.0)
            .Build();

        var document = Builder.Build(input);

        document.Teams.Select(t => t.Name).ShouldBe(["alpha team", "Bravo Team", "Zulu Team", "(unknown team)"]);
        document.TeamCounts.Select(t => t.Team).ShouldBe(["alpha team", "Bravo Team", "Zulu Team", "(unknown team)"]);
    }

    [Test]
    public void Investigations_within_a_team_are_in_reference_order()
    {
        var input = new DigestInputBuilder()
            .Investigation("INV-2025-0031", "North")
            .Investigation("INV-2025-0012", "North")
            .NewLink("INV-2025-0031", "nrm-referrals", "R1", 15.0)
            .NewLink("INV-2025-0012", "nrm-referrals", "R2", 9.0)
            .Build();

        var team = Builder.Build(input).Teams.ShouldHaveSingleItem();

        team.Investigations.Select(i => i.Ref).ShouldBe(["INV-2025-0012", "INV-2025-0031"]);
    }

    [Test]
    public void Links_are_strongest_first_then_by_source_and_record()
    {
        var input = new DigestInputBuilder()
            .Investigation("INV-1", "North")
            .NewLink("INV-1", "nrm-referrals", "R-2", 8.0)
            .NewLink("INV-1", "la-safeguarding", "R-9", 8.0)
            .NewLink("INV-1", "nrm-referrals", "R-1", 8.0)
            .NewLink("INV-1", "nrm-referrals", "R-5", 12.5)
            .Build();

        var links = Builder.Build(input).Teams.Single().Investigations.Single().Links;

        links.Select(l => $"{l.Alert.Score:0.0} {l.Alert.Source}/{l.Alert.RecordId}").ShouldBe(
        [
            "12.5 nrm-referrals/R-5",
            "8.0 la-safeguarding/R-9",
            "8.0 nrm-referrals/R-1",
            "8.0 nrm-referrals/R-2",
        ]);
    }

    [Test]
    public void The_same_input_in_any_order_builds_the_same_grouping()
    {
        var input = SampleNight.Create();
        var reversed = input with { Alerts = input.Alerts.Reverse().ToList() };

        Describe(Builder.Build(reversed)).ShouldBe(Describe(Builder.Build(input)));
    }

    [Test]
    public void An_investigation_missing_from_the_list_is_shown_under_the_unknown_team()
    {
        var input = new DigestInputBuilder().NewLink("INV-GONE", "nrm-referrals", "R1", 9.0).Build();

        var team = Builder.Build(input).Teams.ShouldHaveSingleItem();

        team.Name.ShouldBe("(unknown team)");
        var investigation = team.Investigations.ShouldHaveSingleItem();
        investigation.Ref.ShouldBe("INV-GONE");
        investigation.Details.ShouldBeNull();
    }

    [Test]
    public void Repeat_links_are_counted_per_team_but_never_listed()
    {
        var document = Builder.Build(SampleNight.Create());

        document.Totals.RepeatLinks.ShouldBe(3);
        document.TeamCounts.ShouldBe(
        [
            new DigestTeamCount("Exploitation North", 4, 2),
            new DigestTeamCount("Labour Exploitation", 2, 1),
        ]);
        var listed = document.Teams.SelectMany(t => t.Investigations).SelectMany(i => i.Links).Select(l => l.Alert.RecordId);
        listed.ShouldNotContain("NRM-2025-00377");
        listed.ShouldNotContain("LI-2025-0088");
        listed.ShouldNotContain("LAS-87990");
    }

    [Test]
    public void A_team_with_only_repeats_is_counted_but_has_no_links_section()
    {
        var input = new DigestInputBuilder().Investigation("INV-1", "Quiet Team").RepeatLink("INV-1", "nrm-referrals", "R1").Build();

        var document = Builder.Build(input);

        document.Teams.ShouldBeEmpty();
        document.TeamCounts.ShouldBe([new DigestTeamCount("Quiet Team", 0, 1)]);
    }

    [Test]
    public void Links_beyond_the_cap_are_left_out_in_order_and_counted()
    {
        var builder = new DigestInputBuilder().Investigation("INV-1", "North");
        for (var i = 1; i <= 5; i++)
        {
            builder.NewLink("INV-1", "nrm-referrals", $"R{i}", 10.0 - i);
        }

        var document = new DigestBuilder(maxLinksInBody: 3).Build(builder.Build());

        document.Teams.Single().Investigations.Single().Links.Select(l => l.Alert.RecordId).ShouldBe(["R1", "R2", "R3"]);
        document.NewLinksNotShown.ShouldBe(2);
        document.Totals.NewLinks.ShouldBe(5);
    }

    [Test]
    public void The_capped_body_shows_exactly_the_first_links_of_the_uncapped_order_whatever_order_they_arrive_in()
    {
        var builder = new DigestInputBuilder().Investigation("INV-1", "North").Investigation("INV-2", "South").Investigation("INV-3", "East");
        var random = new Random(17);
        foreach (var i in Enumerable.Range(0, 400).OrderBy(_ => random.Next()))
        {
            // Repeated scores, so the order also rests on source and record, not on the score alone.
            builder.NewLink($"INV-{(i % 3) + 1}", i % 2 == 0 ? "nrm-referrals" : "benefit-claims", $"R{i:000}", 5.0 + (i % 7));
        }

        var input = builder.Build();
        static IEnumerable<string> Shown(DigestDocument document) =>
            document.Teams.SelectMany(t => t.Investigations).SelectMany(i => i.Links).Select(l => $"{l.Alert.Source}/{l.Alert.RecordId}");

        var capped = new DigestBuilder(maxLinksInBody: 37).Build(input);

        Shown(capped).ShouldBe(Shown(new DigestBuilder(maxLinksInBody: 1_000).Build(input)).Take(37));
        capped.NewLinksNotShown.ShouldBe(363);
    }

    [Test]
    public void The_rule_set_hash_is_shortened_to_twelve_characters()
    {
        Builder.Build(SampleNight.Create()).RuleSetHash.ShouldBe("3f9a2c1d0b7e");
        Builder.Build(new DigestInputBuilder().RuleSetHash("abc123").Build()).RuleSetHash.ShouldBe("abc123");
    }

    [Test]
    public void Failed_and_missing_sources_are_singled_out_in_source_order()
    {
        var input = new DigestInputBuilder()
            .ReadSource("nrm-referrals", 10)
            .MissingSource("police-intel")
            .FailedSource("helpline-reports", "Bad encoding.")
            .Build();

        var document = Builder.Build(input);

        document.UnscannedSources.Select(s => s.Source).ShouldBe(["helpline-reports", "police-intel"]);
        document.Totals.SourcesNotScanned.ShouldBe(2);
    }

    [Test]
    public void A_rule_no_longer_in_the_rule_set_keeps_its_id()
    {
        var input = new DigestInputBuilder().Investigation("INV-1", "North").NewLink("INV-1", "nrm-referrals", "R1", 9.0, ruleId: "retired-rule").Build();

        var link = Builder.Build(input).Teams.Single().Investigations.Single().Links.Single();

        link.Rule.ShouldBeNull();
        link.Alert.RuleId.ShouldBe("retired-rule");
    }

    private static string[] Describe(DigestDocument document) =>
        document.Teams
            .SelectMany(t => t.Investigations.SelectMany(i => i.Links.Select(l => $"{t.Name}|{i.Ref}|{l.Alert.Source}|{l.Alert.RecordId}|{l.Alert.SubjectRef}")))
            .ToArray();
}
