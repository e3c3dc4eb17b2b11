using System.Net;
using ScanService.Model;
using ScanService.Digest.Tests.Support;

namespace ScanService.Digest.Tests;

/// <summary>The patterns and crime recording sections, in both bodies.</summary>
public class DigestFindingsTests
{
    private static IEnumerable<TestCaseData> SampleBodies() => Render.Bodies(SampleNight.Create());

    private static IEnumerable<TestCaseData> QuietBodies() => Render.Bodies(new DigestInputBuilder()
        .Investigation("INV-1", "North")
        .ReadSource("nrm-referrals", 10)
        .NewLink("INV-1", "nrm-referrals", "R1", 9.0)
        .Build());

    [TestCaseSource(nameof(SampleBodies))]
    public void A_new_pattern_names_its_rule_its_masked_key_and_its_members(string body)
    {
        var decoded = WebUtility.HtmlDecode(body);
        var section = Between(decoded, "Patterns", "Crime recording");

        section.ShouldContain("New (1)");
        section.ShouldContain("5 people · postcode M8 … · pattern alert 7");
        section.ShouldContain("crowded-address — Five or more people at one address within 30 days");
        section.ShouldContain("nrm-referrals/NRM-2025-00415");
    }

    [TestCaseSource(nameof(SampleBodies))]
    public void Compliance_alerts_are_split_into_still_open_and_closed_tonight(string body)
    {
        var decoded = WebUtility.HtmlDecode(body);
        var section = Between(decoded, "Crime recording", "Sources");

        section.ShouldContain("New (0)");
        var stillOpen = section.IndexOf("Still open (1)", StringComparison.Ordinal);
        var closed = section.IndexOf("Closed tonight (1)", StringComparison.Ordinal);
        stillOpen.ShouldBeGreaterThan(-1);
        closed.ShouldBeGreaterThan(stillOpen);
        section.IndexOf("nrm-referrals/NRM-2025-00381 · due 2025-03-12", StringComparison.Ordinal).ShouldBeInRange(stillOpen, closed);
        section.IndexOf("nrm-referrals/NRM-2025-00360", StringComparison.Ordinal).ShouldBeGreaterThan(closed);
        section[closed..].ShouldContain("the record that follows it up has arrived");
        section.ShouldContain("nrm-without-crime — NRM referral not recorded as a crime within 24 hours");
    }

    [TestCaseSource(nameof(QuietBodies))]
    public void A_night_without_findings_says_so_in_both_sections(string body)
    {
        var decoded = WebUtility.HtmlDecode(body);

        Between(decoded, "Patterns", "Crime recording").ShouldContain("New (0)");
        Between(decoded, "Crime recording", "Sources").ShouldContain("Closed tonight (0)");
        decoded.ShouldNotContain("pattern alert");
    }

    [TestCaseSource(nameof(CappedBodies))]
    public void A_noisy_rule_lists_only_as_many_alerts_as_the_cap_and_points_to_the_export_for_the_rest(string body)
    {
        var decoded = WebUtility.HtmlDecode(body);
        var section = Between(decoded, "Patterns", "Crime recording");

        section.ShouldContain("New (5)");
        section.ShouldContain("pattern alert 102");
        section.ShouldNotContain("pattern alert 103");
        section.ShouldContain("… and 3 more alerts, see `scan alerts export --kind pattern`");
    }

    private static IEnumerable<TestCaseData> CappedBodies()
    {
        var night = new DateOnly(2025, 3, 14);
        var patterns = Enumerable.Range(101, 5).Select(id => new StoredPatternAlert(id, night,
            new PatternAlert("shared-phone", 1, $"k{id}", $"phone …{id}", ["nrm-referrals/N1", "nrm-referrals/N2", "nrm-referrals/N3"], 3, "3 people"),
            night, AlertStatus.New)).ToArray();
        var input = new DigestInputBuilder().Build() with { Findings = ShownFindings.FirstOf(new NightFindings(patterns, [], [], []), int.MaxValue) };
        return Render.Bodies(input, maxLinksInBody: 2);
    }

    private static string Between(string body, string from, string to)
    {
        var start = FindHeading(body, from);
        var end = FindHeading(body, to, start);
        return body[start..end];
    }

    // Headings are upper case in the text body and as written in the HTML one.
    private static int FindHeading(string body, string heading, int after = 0)
    {
        var at = body.IndexOf("\r\n" + heading.ToUpperInvariant() + "\r\n", after, StringComparison.Ordinal);
        if (at < 0)
        {
            at = body.IndexOf(">" + heading + "</h2>", after, StringComparison.Ordinal);
        }

        at.ShouldBeGreaterThan(-1, $"heading '{heading}'");
        return at;
    }
}
