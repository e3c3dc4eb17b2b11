using ScanService.Digest.Content;
using ScanService.Digest.Rendering;
using ScanService.Digest.Tests.Support;

namespace ScanService.Digest.Tests;

public class DigestSubjectTests
{
    [Test]
    public void One_new_link_is_counted_in_the_singular()
    {
        var input = new DigestInputBuilder().Investigation("INV-1", "Team A").NewLink("INV-1", "nrm-referrals", "R1", 9.0).Build();

        Subject(input).ShouldBe("OFFICIAL-SENSITIVE: ScanService digest 2025-03-14 — 1 new link");
    }

    [Test]
    public void Several_new_links_are_counted_in_the_plural()
    {
        Subject(SampleNight.Create()).ShouldBe("OFFICIAL-SENSITIVE: ScanService digest 2025-03-14 — 6 new links");
    }

    [Test]
    public void A_night_without_new_links_still_says_so_in_the_subject()
    {
        var input = new DigestInputBuilder().Investigation("INV-1", "Team A").RepeatLink("INV-1", "nrm-referrals", "R1").Build();

        Subject(input).ShouldBe("OFFICIAL-SENSITIVE: ScanService digest 2025-03-14 — 0 new links");
    }

    [Test]
    public void The_subject_carries_the_run_date_not_today()
    {
        var input = new DigestInputBuilder().Run(7, new DateOnly(2024, 12, 1)).Build();

        Subject(input).ShouldStartWith("OFFICIAL-SENSITIVE: ScanService digest 2024-12-01 — ");
    }

    [Test]
    public void New_links_beyond_the_body_cap_still_count_in_the_subject()
    {
        var builder = new DigestInputBuilder().Investigation("INV-1", "Team A");
        for (var i = 0; i < 5; i++)
        {
            builder.NewLink("INV-1", "nrm-referrals", $"R{i}", 9.0);
        }

        var document = new DigestBuilder(maxLinksInBody: 2).Build(builder.Build());

        DigestWording.Subject(document).ShouldEndWith("— 5 new links");
    }

    private static string Subject(Notify.DigestInput input) =>
        DigestWording.Subject(new DigestBuilder(DigestOptions.DefaultMaxLinksInBody).Build(input));
}
