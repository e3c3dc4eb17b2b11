using ScanService.Synthetic.Tests.Support;

namespace ScanService.Synthetic.Tests;

public class DeterminismTests
{
    [Test]
    public void The_same_options_and_seed_give_byte_identical_files()
    {
        using var first = new GeneratedNight(records: 4_000, subjects: 400, seed: 42);
        using var second = new GeneratedNight(records: 4_000, subjects: 400, seed: 42);

        second.Files.ShouldBe(first.Files);
        foreach (var file in first.Files)
        {
            File.ReadAllBytes(Path.Combine(second.Root, file)).ShouldBe(File.ReadAllBytes(Path.Combine(first.Root, file)), $"{file} differs");
        }
    }

    [Test]
    public void A_different_seed_gives_a_different_night()
    {
        using var first = new GeneratedNight(records: 2_000, subjects: 200, seed: 1);
        using var second = new GeneratedNight(records: 2_000, subjects: 200, seed: 2);

        foreach (var file in new[] { "exports/subjects.csv", "exports/benefit-claims.csv", "truth.csv" })
        {
            File.ReadAllBytes(Path.Combine(second.Root, file)).ShouldNotBe(File.ReadAllBytes(Path.Combine(first.Root, file)), $"{file} is the same");
        }
    }

    [Test]
    public void No_working_files_are_left_behind()
    {
        var night = Nights.Standard;

        night.Files.ShouldBe(
            [.. new[] { "decoys.csv", "truth.csv" }
                .Concat(night.SourceNames.Append("investigations").Append("subjects").Select(s => $"exports/{s}.csv"))
                .Order(StringComparer.Ordinal)],
            ignoreOrder: true);
    }
}
