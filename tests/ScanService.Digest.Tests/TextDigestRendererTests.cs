using ScanService.Digest.Tests.Support;

namespace ScanService.Digest.Tests;

public class TextDigestRendererTests
{
    [Test]
    public void The_marking_is_the_first_and_last_line()
    {
        var lines = Render.Text(SampleNight.Create()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].ShouldBe("OFFICIAL-SENSITIVE");
        lines[^1].ShouldBe("OFFICIAL-SENSITIVE");
    }

    [Test]
    public void No_line_is_wider_than_a_hundred_characters()
    {
        var input = new DigestInputBuilder()
            .Investigation("INV-1", "North")
            .FailedSource("helpline-reports", string.Join(' ', Enumerable.Repeat("The file could not be decoded as UTF-8.", 6)))
            .NewLink("INV-1", "nrm-referrals", "R1", 9.0, explanation: string.Join(" · ", Enumerable.Repeat("name: +6.0 (exact)", 9)))
            .NewLink("INV-1", "nrm-referrals", "R2", 9.0, recordMasked: new string('x', 240))
            .Build();

        var lines = Render.Text(input).Split("\r\n");

        lines.ShouldAllBe(line => line.Length <= 100);
    }

    [Test]
    public void Long_values_wrap_under_their_label()
    {
        var explanation = string.Join(" · ", Enumerable.Repeat("name: +6.0 (exact)", 9));
        var input = new DigestInputBuilder().Investigation("INV-1", "North").NewLink("INV-1", "nrm-referrals", "R1", 9.0, explanation: explanation).Build();

        var lines = Render.Text(input).Split("\r\n");

        var first = Array.FindIndex(lines, l => l.TrimStart().StartsWith("Explanation:", StringComparison.Ordinal));
        var valueColumn = lines[first].IndexOf("name:", StringComparison.Ordinal);
        lines[first + 1][..valueColumn].ShouldBe(new string(' ', valueColumn));
        string.Join(' ', lines.Skip(first).Take(2).Select(l => l.Trim())).ShouldStartWith("Explanation: name: +6.0 (exact) · name:");
    }

    [Test]
    public void Sources_with_very_long_names_are_listed_one_per_block_to_stay_readable()
    {
        var longName = "a-partner-system-nightly-export";
        var input = new DigestInputBuilder().ReadSource(longName, 12, rejected: 2).Build();

        var text = Render.Text(input);

        text.ShouldContain($"\r\n  {longName} ({longName}.csv): READ\r\n    read 12 · accepted 10 · rejected 2 · field issues 0\r\n");
        text.Split("\r\n").ShouldAllBe(line => line.Length <= 100);
    }

    [Test]
    public void Rejected_rows_are_shown_in_the_source_table()
    {
        var text = Render.Text(SampleNight.Create());

        text.ShouldContain("  la-safeguarding     la-safeguarding.csv     READ       96        89         7            12\r\n");
    }
}
