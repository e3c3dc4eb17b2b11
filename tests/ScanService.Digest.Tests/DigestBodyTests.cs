using System.Net;
using ScanService.Digest.Tests.Support;

namespace ScanService.Digest.Tests;

/// <summary>What must hold in both the text and the HTML body.</summary>
public class DigestBodyTests
{
    private static IEnumerable<TestCaseData> SampleBodies() => Render.Bodies(SampleNight.Create());

    private static IEnumerable<TestCaseData> BodiesWithAMissingSource() =>
        Render.Bodies(new DigestInputBuilder()
            .Investigation("INV-1", "North")
            .ReadSource("nrm-referrals", 10)
            .MissingSource("police-intel")
            .NewLink("INV-1", "nrm-referrals", "R1", 9.0)
            .Build());

    private static IEnumerable<TestCaseData> CappedBodies()
    {
        var builder = new DigestInputBuilder().Investigation("INV-1", "North");
        for (var i = 1; i <= 7; i++)
        {
            builder.NewLink("INV-1", "nrm-referrals", $"R{i}", 20.0 - i);
        }

        return Render.Bodies(builder.Build(), maxLinksInBody: 3);
    }

    [TestCaseSource(nameof(SampleBodies))]
    public void A_failed_source_is_called_out_before_any_link(string body)
    {
        var decoded = WebUtility.HtmlDecode(body);

        var failed = decoded.IndexOf("helpline-reports (helpline-reports.csv)", StringComparison.Ordinal);
        failed.ShouldBeGreaterThan(-1);
        failed.ShouldBeLessThan(decoded.IndexOf("NRM-2025-00412", StringComparison.Ordinal));
        decoded.IndexOf("Unknown layout: no record_id column", StringComparison.Ordinal)
            .ShouldBeLessThan(decoded.IndexOf("INV-2025-0012", StringComparison.Ordinal));
    }

    [TestCaseSource(nameof(BodiesWithAMissingSource))]
    public void A_missing_source_is_called_out_before_any_link(string body)
    {
        var firstLink = body.IndexOf("INV-1", StringComparison.Ordinal);

        body.IndexOf("MISSING", StringComparison.Ordinal).ShouldBeInRange(0, firstLink);
        body.IndexOf("police-intel (police-intel.csv)", StringComparison.Ordinal).ShouldBeInRange(0, firstLink);
        body.IndexOf("No file tonight.", StringComparison.Ordinal).ShouldBeInRange(0, firstLink);
    }

    [TestCaseSource(nameof(SampleBodies))]
    public void Repeat_links_are_counted_not_listed(string body)
    {
        body.ShouldContain("3 repeat links (counted, not listed)");
        body.ShouldNotContain("NRM-2025-00377");
        body.ShouldNotContain("LI-2025-0088");
        body.ShouldNotContain("LAS-87990");
    }

    [TestCaseSource(nameof(SampleBodies))]
    public void Each_new_link_shows_why_it_matched(string body)
    {
        var decoded = WebUtility.HtmlDecode(body);

        decoded.ShouldContain("score 11.0 · nrm-referrals / NRM-2025-00412 → subject S-0012-01");
        decoded.ShouldContain("name-dob v1 — Same name and date of birth (high)");
        decoded.ShouldContain("name+date_of_birth");
        decoded.ShouldContain(SampleNight.KestrelRecordMasked);
        decoded.ShouldContain("name: +6.0 (exact) · date_of_birth: +5.0 (exact) · total 11.0 ≥ 9.0");
        decoded.ShouldContain("INV-2025-0012 · Op KESTREL · DS R. Ahmed");
    }

    [TestCaseSource(nameof(SampleBodies))]
    public void Teams_and_investigations_appear_in_order(string body)
    {
        var section = body.Contains("<h2", StringComparison.Ordinal)
            ? body.IndexOf(">New links</h2>", StringComparison.Ordinal)
            : body.IndexOf("\r\nNEW LINKS\r\n", StringComparison.Ordinal);

        var order = new[] { "Team: Exploitation North", "INV-2025-0012", "INV-2025-0031", "Team: Labour Exploitation", "INV-2025-0047" }
            .Select(s => body.IndexOf(s, section, StringComparison.OrdinalIgnoreCase))
            .ToArray();

        order.ShouldAllBe(i => i > 0);
        order.ShouldBe(order.Order().ToArray());
    }

    [TestCaseSource(nameof(CappedBodies))]
    public void Links_beyond_the_cap_are_summarised_with_where_to_find_them(string body)
    {
        var decoded = WebUtility.HtmlDecode(body);

        decoded.ShouldContain("… and 4 more links, see `scan alerts export`");
        decoded.ShouldContain("nrm-referrals / R3 →");
        decoded.ShouldNotContain("nrm-referrals / R4 →");
    }

    [Test]
    public void One_link_beyond_the_cap_is_summarised_in_the_singular()
    {
        var input = new DigestInputBuilder()
            .Investigation("INV-1", "North")
            .NewLink("INV-1", "nrm-referrals", "R1", 9.0)
            .NewLink("INV-1", "nrm-referrals", "R2", 8.0)
            .Build();

        Render.Text(input, maxLinksInBody: 1).ShouldContain("… and 1 more link, see `scan alerts export`");
    }

    [Test]
    public void A_night_without_new_links_says_so()
    {
        var input = new DigestInputBuilder().Investigation("INV-1", "North").RepeatLink("INV-1", "nrm-referrals", "R1").Build();

        Render.Text(input).ShouldContain("No new links tonight.");
        Render.Html(input).ShouldContain("No new links tonight.");
    }
}
