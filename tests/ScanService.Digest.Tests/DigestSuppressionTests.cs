using System.Net;
using ScanService.Digest.Content;
using ScanService.Digest.Tests.Support;

namespace ScanService.Digest.Tests;

/// <summary>Links analysts marked false positive (evidence unchanged) are counted, so a quiet digest is not mistaken for a quiet night, and never listed.</summary>
public class DigestSuppressionTests
{
    private static DigestInputBuilder NightWithSuppressedLinks() => new DigestInputBuilder()
        .Investigation("INV-1", "North")
        .ReadSource("nrm-referrals", 10)
        .NewLink("INV-1", "nrm-referrals", "R1", 11.0)
        .RepeatLink("INV-1", "nrm-referrals", "R2")
        .SuppressedLink("INV-1", "nrm-referrals", "FP-1")
        .SuppressedLink("INV-1", "nrm-referrals", "FP-2", subjectRef: "S-0002");

    private static IEnumerable<TestCaseData> Bodies() => Render.Bodies(NightWithSuppressedLinks().Build());

    [TestCaseSource(nameof(Bodies))]
    public void Suppressed_links_are_counted_in_the_summary_but_never_listed(string body)
    {
        var decoded = WebUtility.HtmlDecode(body);

        decoded.ShouldContain("1 new link · 1 repeat link (counted, not listed) · 2 links suppressed as false positives");
        decoded.ShouldNotContain("FP-1");
        decoded.ShouldNotContain("FP-2");
        decoded.ShouldContain("R1");
    }

    [Test]
    public void Suppressed_links_are_neither_new_nor_repeats_in_the_team_counts()
    {
        var document = new DigestBuilder(DigestOptions.DefaultMaxLinksInBody).Build(NightWithSuppressedLinks().Build());

        document.Totals.SuppressedLinks.ShouldBe(2);
        document.Totals.NewLinks.ShouldBe(1);
        document.Totals.RepeatLinks.ShouldBe(1);
        document.TeamCounts.ShouldBe([new DigestTeamCount("North", 1, 1)]);
    }

    [Test]
    public void One_suppressed_link_is_worded_in_the_singular()
    {
        var input = new DigestInputBuilder().Investigation("INV-1", "North").SuppressedLink("INV-1", "nrm-referrals", "FP-1").Build();

        Render.Text(input).ShouldContain("1 link suppressed as false positives");
    }
}
