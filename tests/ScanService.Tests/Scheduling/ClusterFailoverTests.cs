using ScanService.Model;
using ScanService.Storage;
using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests.Scheduling;

/// <summary>
/// Two real <c>scan serve --clustered</c> processes on one PostgreSQL database, firing every 15 seconds with each scan
/// held for a few seconds (<c>SCANSERVICE_TEST_HOLD_SCAN_SECONDS</c>) so a node can be killed mid-scan: every firing is
/// scanned by exactly one node, and the firing of a killed node is recovered and completed by the other, which carries on.
/// PostgreSQL comes from SCANSERVICE_TEST_POSTGRES: skipped locally without it, a failure under CI=true.
/// </summary>
public class ClusterFailoverTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Test]
    public async Task Two_nodes_scan_each_firing_once_and_the_survivor_recovers_the_firing_of_a_killed_node()
    {
        await using var postgres = await ThrowawayPostgres.CreateAsync();
        using var workspace = new ScanWorkspace("postgres", postgres.ConnectionString);
        var store = ScanStoreFactory.Create("postgres", postgres.ConnectionString);
        await store.MigrateAsync(CancellationToken.None);
        var nodes = new[] { Start(workspace, "node-a"), Start(workspace, "node-b") };
        try
        {
            await Eventually.TrueAsync(
                async () => (await store.GetRecentRunsAsync(10, CancellationToken.None)).Count(r => r.Status == RunStatus.Completed) >= 2,
                Patience,
                () => "two firings were not scanned\n" + Logs(nodes));

            // The next firing to start: kill the node holding it, before its scan writes anything.
            Firing? held = null;
            await Eventually.TrueAsync(
                () => Task.FromResult((held = Unfinished(nodes)) is not null),
                Patience,
                () => "no further firing started\n" + Logs(nodes));
            var victim = nodes.Single(n => ServeLog.Firings(n.Lines).Contains(held!));
            victim.Kill();
            var killedAt = DateTime.UtcNow;
            var survivor = nodes.Single(n => n != victim);

            await survivor.WaitForLineAsync(
                line => ServeLog.Completions([line]).Any(c => SameFiring(c.ScheduledAt, held!)),
                Patience,
                $"the firing scheduled {held!.ScheduledAt:O} held by the killed {victim.Name} was not recovered");
            await TestContext.Out.WriteLineAsync(
                $"Failover: {(DateTime.UtcNow - killedAt).TotalSeconds:0.0} s from the kill to the recovered scan completing (check-in 2 s, scan held 6 s)");
            await survivor.WaitForLineAsync(
                line => ServeLog.Completions([line]).Any(c => c.ScheduledAt > held.ScheduledAt),
                Patience,
                "the survivor did not carry on with the next firing");
            await survivor.StopAsync(Patience);

            var all = nodes.SelectMany(n => n.Lines).ToArray();
            var completions = ServeLog.Completions(all);
            completions.GroupBy(c => Slot(c.ScheduledAt)).ShouldAllBe(g => g.Count() == 1, "a firing was scanned twice\n" + Logs(nodes));
            ServeLog.Firings(survivor.Lines).ShouldContain(f => SameFiring(f.ScheduledAt, held) && f.Recovering);

            // Every run in the store is one logged completion: no scan ran that a firing did not account for.
            var runs = await store.GetRecentRunsAsync(100, CancellationToken.None);
            runs.ShouldAllBe(r => r.Status == RunStatus.Completed);
            runs.Select(r => r.Id).Order().ShouldBe(completions.Select(c => c.RunId).Order());
        }
        finally
        {
            foreach (var node in nodes)
            {
                node.Dispose();
            }
        }
    }

    // Quartz hands a recovered firing the time the original actually fired (a few milliseconds after its scheduled
    // second), so a firing is known by its 15-second slot.
    private static long Slot(DateTimeOffset scheduledAt) => scheduledAt.ToUnixTimeSeconds() / 15;

    private static bool SameFiring(DateTimeOffset scheduledAt, Firing held) => Slot(scheduledAt) == Slot(held.ScheduledAt);

    /// <summary>A scheduled (not catch-up) firing some node has started and no node has completed.</summary>
    private static Firing? Unfinished(ServeNode[] nodes)
    {
        var lines = nodes.SelectMany(n => n.Lines).ToArray();
        var completed = ServeLog.Completions(lines).Select(c => c.ScheduledAt).ToHashSet();
        return ServeLog.Firings(lines).FirstOrDefault(f => !f.CatchUp && !f.Recovering && !completed.Contains(f.ScheduledAt));
    }

    private static ServeNode Start(ScanWorkspace workspace, string name)
    {
        var environment = ServeEnvironment.For(workspace, "0/15 * * * * ?", Path.Combine(workspace.Root, name, "outbox"));
        environment["SCAN_Schedule__CheckinIntervalSeconds"] = "2";
        environment["SCAN_Schedule__CatchUpMissedNight"] = "false";
        environment["SCANSERVICE_TEST_HOLD_SCAN_SECONDS"] = "6";
        return ServeNode.Start(name, Path.Combine(workspace.Root, name), environment, "--clustered");
    }

    private static string Logs(IEnumerable<ServeNode> nodes) =>
        string.Join("\n", nodes.Select(n => $"== {n.Name}\n{n.Log}"));
}
