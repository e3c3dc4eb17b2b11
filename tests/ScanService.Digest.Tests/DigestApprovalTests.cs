using ScanService.Digest.Tests.Support;

namespace ScanService.Digest.Tests;

/// <summary>
/// Pins both bodies of a typical night. A change here changes what analysts read every morning: review the
/// *.received.txt beside the approved file, and copy it over the approved one only if the change is intended.
/// </summary>
public class DigestApprovalTests
{
    [Test]
    public void The_text_body_of_a_typical_night_is_unchanged()
    {
        Render.Text(SampleNight.Create()).ShouldMatchApproved(b => b.SubFolder("Approved").WithDiscriminator("text"));
    }

    [Test]
    public void The_html_body_of_a_typical_night_is_unchanged()
    {
        Render.Html(SampleNight.Create()).ShouldMatchApproved(b => b.SubFolder("Approved").WithDiscriminator("html"));
    }
}
