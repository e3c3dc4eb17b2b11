using ScanService.Digest.Content;
using ScanService.Digest.Rendering;
using ScanService.Notify;

namespace ScanService.Digest.Tests.Support;

/// <summary>Both bodies of one input, as the message factory would render them.</summary>
internal static class Render
{
    public static string Text(DigestInput input, int maxLinksInBody = DigestOptions.DefaultMaxLinksInBody) =>
        new TextDigestRenderer().Render(new DigestBuilder(maxLinksInBody).Build(input));

    public static string Html(DigestInput input, int maxLinksInBody = DigestOptions.DefaultMaxLinksInBody) =>
        new HtmlDigestRenderer().Render(new DigestBuilder(maxLinksInBody).Build(input));

    /// <summary>Both bodies, named, for assertions that must hold for each.</summary>
    public static IEnumerable<TestCaseData> Bodies(DigestInput input, int maxLinksInBody = DigestOptions.DefaultMaxLinksInBody)
    {
        yield return new TestCaseData(Text(input, maxLinksInBody)).SetArgDisplayNames("text");
        yield return new TestCaseData(Html(input, maxLinksInBody)).SetArgDisplayNames("html");
    }
}
