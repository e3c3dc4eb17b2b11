using ScanService.Model;
using ScanService.Storage;
using ScanService.Tests.Support;

namespace ScanService.Tests.Scheduling;

/// <summary>
/// A real <c>scan serve</c> process started after downtime: the last scheduled night has no completed run, dozens of
/// firings were missed, and exactly one catch-up scan runs. A restart after that catches nothing up.
/// </summary>
public class CatchUpTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Test]
    public async Task Serve_catches_up_the_missed_night_once_however_many_firings_were_missed()
    {
        using var workspace = new ScanWorkspace();
        var now = DateTimeOffset.UtcNow;
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var seeded = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, london).DateTime).AddDays(-3);
        (await workspace.RunAsync(seeded.ToString("yyyy-MM-dd"))).ExitCode.ShouldBe(0);

        // Hourly, half an hour away: about 72 firings were missed since the seeded night, none is due during the test.
        var minute = (now.Minute + 30) % 60;
        var lastFiring = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, minute, 0, TimeSpan.Zero);
        if (lastFiring > now)
        {
            lastFiring = lastFiring.AddHours(-1);
        }

        var missedNight = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(lastFiring, london).DateTime);
        var environment = ServeEnvironment.For(workspace, $"0 {minute} * * * ?", workspace.Outbox);
        var store = ScanStoreFactory.Create("sqlite", workspace.Database);

        using (var node = ServeNode.Start("serve", workspace.Root, environment))
        {
            await Eventually.TrueAsync(
                async () => (await store.GetLatestCompletedRunAsync(CancellationToken.None))?.RunDate == missedNight,
                Patience,
                () => $"no completed run for the missed night {missedNight:yyyy-MM-dd}\n{node.Log}");
            await node.StopAsync(Patience);

            var firings = ServeLog.Firings(node.Lines);
            firings.ShouldHaveSingleItem(node.Log).CatchUp.ShouldBeTrue();
            firings[0].Night.ShouldBe(missedNight.ToString("yyyy-MM-dd"));
            node.Lines.Count(l => l.Contains("catching up once now")).ShouldBe(1);
        }

        var runs = await store.GetRecentRunsAsync(10, CancellationToken.None);
        runs.Select(r => r.RunDate).ShouldBe([missedNight, seeded]);
        runs.ShouldAllBe(r => r.Status == RunStatus.Completed);

        using (var restarted = ServeNode.Start("restarted", workspace.Root, environment))
        {
            // Hosted services start in order: once the host says it started, the catch-up decision has been made.
            await restarted.WaitForLineAsync(l => l.Contains("Application started"), Patience, "the restarted node did not start");
            await restarted.StopAsync(Patience);

            restarted.Lines.ShouldNotContain(l => l.Contains("catching up"), restarted.Log);
            ServeLog.Firings(restarted.Lines).ShouldBeEmpty(restarted.Log);
        }

        (await store.GetRecentRunsAsync(10, CancellationToken.None)).Count.ShouldBe(2);
    }
}
