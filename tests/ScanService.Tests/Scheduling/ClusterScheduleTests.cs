using Npgsql;
using ScanService.Storage;
using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests.Scheduling;

/// <summary>
/// The cluster keeps one nightly trigger in the database: a restart keeps it untouched, a changed Schedule:Cron replaces
/// it. Real <c>scan serve --clustered</c> processes on PostgreSQL (SCANSERVICE_TEST_POSTGRES; a failure under CI=true).
/// </summary>
public class ClusterScheduleTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Test]
    public async Task A_restart_keeps_the_stored_trigger_and_a_changed_cron_replaces_it()
    {
        await using var postgres = await ThrowawayPostgres.CreateAsync();
        using var workspace = new ScanWorkspace("postgres", postgres.ConnectionString);
        await ScanStoreFactory.Create("postgres", postgres.ConnectionString).MigrateAsync(CancellationToken.None);

        var first = await StartAndStopAsync(workspace, "first", "0 0 3 * * ?");
        var restarted = await StartAndStopAsync(workspace, "restarted", "0 0 3 * * ?");
        (await StoredCronAsync(postgres.ConnectionString)).ShouldBe(["0 0 3 * * ?"]);
        var changed = await StartAndStopAsync(workspace, "changed", "0 30 4 * * ?");

        (await StoredCronAsync(postgres.ConnectionString)).ShouldBe(["0 30 4 * * ?"]);
        first.ShouldNotContain(l => l.Contains("The schedule changed"));
        restarted.ShouldNotContain(l => l.Contains("The schedule changed"));
        changed.ShouldContain(l => l.Contains("The schedule changed: the nightly trigger is now 0 30 4 * * ? (Europe/London)"));
    }

    private static async Task<IReadOnlyList<string>> StartAndStopAsync(ScanWorkspace workspace, string name, string cron)
    {
        var environment = ServeEnvironment.For(workspace, cron, Path.Combine(workspace.Root, name, "outbox"));
        environment["SCAN_Schedule__CatchUpMissedNight"] = "false";
        using var node = ServeNode.Start(name, Path.Combine(workspace.Root, name), environment, "--clustered");
        await node.WaitForLineAsync(l => l.Contains("Application started"), Patience, "the node did not start");
        await node.StopAsync(Patience);
        return node.Lines;
    }

    private static async Task<string[]> StoredCronAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT cron_expression FROM qrtz_cron_triggers WHERE trigger_name = 'nightly' AND trigger_group = 'scanservice'", connection);
        var found = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            found.Add(reader.GetString(0));
        }

        return [.. found];
    }
}
