using ScanService.Storage;
using ScanService.Tests.Support;

namespace ScanService.Tests.Scheduling;

/// <summary><c>scan status</c>: the last runs with outcome, counts and reason, and the next firing of the configured schedule.</summary>
public class StatusCommandTests
{
    [Test]
    public async Task Status_shows_the_last_runs_newest_first_with_counts_and_the_reason_for_a_failure()
    {
        using var workspace = new ScanWorkspace();
        (await workspace.RunAsync("2020-10-01")).ExitCode.ShouldBe(0);
        var exports = workspace.CopyOfSampleExports();
        File.Delete(Path.Combine(exports, "investigations.csv"));
        (await workspace.RunAsync("2020-10-02", exports)).ExitCode.ShouldBe(1);
        var store = ScanStoreFactory.Create("sqlite", workspace.Database);
        var completed = (await store.GetRecentRunsAsync(10, CancellationToken.None)).Single(r => r.RunDate == new DateOnly(2020, 10, 1));

        var status = await workspace.CommandAsync("status");

        status.ExitCode.ShouldBe(0, status.Error);
        var lines = status.Output.Split('\n', StringSplitOptions.TrimEntries);
        var failedRow = lines.Single(l => l.Contains("2020-10-02"));
        var completedRow = lines.Single(l => l.Contains("2020-10-01"));
        Array.IndexOf(lines, failedRow).ShouldBeLessThan(Array.IndexOf(lines, completedRow), "newest first");
        failedRow.ShouldContain("failed");
        failedRow.ShouldContain("investigations");
        completedRow.ShouldContain("completed");
        completedRow.ShouldContain($" {completed.Sources.Count} ");
        completedRow.ShouldContain($" {completed.Sources.Sum(s => s.RowsRead)} ");
        completedRow.ShouldContain($" {completed.Sources.Sum(s => s.Rejected)}");
    }

    [Test]
    public async Task Status_gives_the_next_firing_of_the_configured_schedule_in_its_time_zone()
    {
        using var workspace = new ScanWorkspace();
        await File.WriteAllTextAsync(Path.Combine(workspace.Root, "appsettings.json"), """
            { "Schedule": { "Cron": "0 45 4 * * ?", "TimeZone": "Asia/Tokyo" } }
            """);
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, tokyo);
        var nextDay = now.TimeOfDay < new TimeSpan(4, 45, 0) ? now.Date : now.Date.AddDays(1);

        var status = await workspace.CommandAsync("status", "--last", "1");

        status.ExitCode.ShouldBe(0, status.Error);
        status.Output.ShouldContain($"next scan {nextDay:yyyy-MM-dd} 04:45:00 +09:00");
        status.Output.ShouldContain($"for night {nextDay:yyyy-MM-dd}");
        status.Output.ShouldContain("no runs yet");
    }

    [Test]
    public async Task Status_shows_only_as_many_runs_as_asked()
    {
        using var workspace = new ScanWorkspace();
        (await workspace.RunAsync("2020-10-01")).ExitCode.ShouldBe(0);
        (await workspace.RunAsync("2020-10-02")).ExitCode.ShouldBe(0);

        var status = await workspace.CommandAsync("status", "--last", "1");

        status.ExitCode.ShouldBe(0, status.Error);
        status.Output.ShouldContain("2020-10-02");
        status.Output.ShouldNotContain("2020-10-01");
    }
}
