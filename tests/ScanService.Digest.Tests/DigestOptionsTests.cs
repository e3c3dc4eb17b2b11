namespace ScanService.Digest.Tests;

public class DigestOptionsTests
{
    [Test]
    public void Complete_options_have_no_problems()
    {
        Valid().Validate().ShouldBeEmpty();
    }

    [Test]
    public void Every_problem_is_reported_at_once()
    {
        var options = new DigestOptions { From = "not an address", To = ["analysts@unit.example", "", "nope"], OutboxDirectory = " ", MaxLinksInBody = 0 };

        var problems = options.Validate();

        problems.ShouldBe(
        [
            "Digest:From 'not an address' is not a valid email address.",
            "Digest:To:1 is empty.",
            "Digest:To:2 'nope' is not a valid email address.",
            "Digest:OutboxDirectory is required (the folder digests are written to).",
            "Digest:MaxLinksInBody must be at least 1 (was 0).",
        ]);
    }

    [Test]
    public void Defaults_need_only_a_sender_and_recipients()
    {
        new DigestOptions().Validate().ShouldBe(
        [
            "Digest:From is required (the sender address, e.g. scanservice@unit.example).",
            "Digest:To needs at least one recipient address.",
        ]);
    }

    [Test]
    public void The_default_body_cap_is_five_hundred_links()
    {
        new DigestOptions().MaxLinksInBody.ShouldBe(500);
    }

    internal static DigestOptions Valid() =>
        new() { From = "scanservice@unit.example", To = ["analysts@unit.example", "Duty Analyst <duty@unit.example>"], OutboxDirectory = "outbox" };
}
