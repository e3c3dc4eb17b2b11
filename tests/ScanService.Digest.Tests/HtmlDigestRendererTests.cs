using ScanService.Digest.Tests.Support;

namespace ScanService.Digest.Tests;

public class HtmlDigestRendererTests
{
    private const string Script = "<script>alert('x')</script>";

    [Test]
    public void Every_value_is_html_encoded()
    {
        var input = new DigestInputBuilder()
            .Investigation("INV-1", $"Team {Script}", operation: $"Op {Script}", officer: "DS O'Brien & Co")
            .Rule("name-dob", $"Rule {Script}")
            .FailedSource("helpline-reports", $"Could not parse {Script}")
            .NewLink("INV-1", "nrm-referrals", $"R{Script}", 9.0, recordMasked: $"A.B. {Script}", explanation: $"why {Script}", matchedOn: Script)
            .Build();

        var html = Render.Html(input);

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        html.ShouldContain("DS O&#39;Brien &amp; Co");
    }

    [Test]
    public void The_marking_banner_is_the_first_and_last_row_of_the_page()
    {
        var html = Render.Html(SampleNight.Create());

        var banners = html.Split("\r\n").Where(l => l.Contains(">OFFICIAL-SENSITIVE</td>", StringComparison.Ordinal)).ToList();

        banners.Count.ShouldBe(2);
        html.IndexOf(banners[0], StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("<h1", StringComparison.Ordinal));
        html.LastIndexOf(banners[1], StringComparison.Ordinal).ShouldBeGreaterThan(html.LastIndexOf("</h2>", StringComparison.Ordinal));
    }

    [Test]
    public void Layout_uses_only_inline_styles_that_outlook_understands()
    {
        var html = Render.Html(SampleNight.Create());

        html.ShouldNotContain("<style", Case.Insensitive);
        html.ShouldNotContain("class=", Case.Insensitive);
        html.ShouldNotContain("display:flex", Case.Insensitive);
        html.ShouldContain("charset=utf-8");
    }
}
