using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary><c>scan db migrate</c>, <c>Scan:MigrateOnStart</c> and <c>scan db purge</c>.</summary>
public class DatabaseCommandTests
{
    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task Migrate_creates_the_schema_and_is_safe_to_run_again()
    {
        var first = await _workspace.CommandAsync("db", "migrate");
        var again = await _workspace.CommandAsync("db", "migrate");

        first.ExitCode.ShouldBe(0, first.Error);
        again.ExitCode.ShouldBe(0, again.Error);
        again.Output.ShouldContain("schema is up to date");
        using var connection = new SqliteConnection(_workspace.Database);
        var shipped = Directory.GetFiles(Repository.Path("deploy", "database", "sqlite"), "V*.sql").Length;
        shipped.ShouldBe(11);
        connection.ExecuteScalar<long>("select count(*) from schema_version").ShouldBe(shipped);
    }

    [Test]
    public async Task With_migrate_on_start_off_a_run_on_an_unmigrated_database_fails_naming_the_command_and_works_after_it()
    {
        File.WriteAllText(Path.Combine(_workspace.Root, "appsettings.json"), """{ "Scan": { "MigrateOnStart": false } }""");

        var refused = await _workspace.RunAsync("2026-11-23");
        await _workspace.CommandAsync("db", "migrate");
        var run = await _workspace.RunAsync("2026-11-23");

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("scan db migrate");
        _workspace.Digests.Length.ShouldBe(1);
        run.ExitCode.ShouldBe(0, run.Error);
    }

    [Test]
    public async Task Purge_deletes_runs_alerts_and_quarantine_files_older_than_the_cutoff_and_keeps_the_audit_log()
    {
        var old = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-400).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var recent = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await _workspace.RunAsync(old);
        await _workspace.RunAsync(recent);

        var dryRun = await _workspace.CommandAsync("db", "purge", "--older-than", "365", "--dry-run");
        CountRows("scan_runs").ShouldBe(2);
        var purge = await _workspace.CommandAsync("db", "purge", "--older-than", "365", "--by", "operator.one");

        dryRun.Output.ShouldContain("would delete 1 runs");
        purge.ExitCode.ShouldBe(0, purge.Error);
        purge.Output.ShouldContain($"runs before {DateOnly.FromDateTime(DateTime.Now).AddDays(-365):yyyy-MM-dd}");
        purge.Output.ShouldContain("deleted 1 runs");
        purge.Output.ShouldContain("1 quarantine files");
        CountRows("scan_runs").ShouldBe(1);
        Directory.GetFiles(_workspace.QuarantineFolder).ShouldAllBe(f => f.Contains(recent));
        CountRows("audit_log where action = 'digest-written'").ShouldBe(2);
        CountRows("audit_log where action = 'data-purged' and actor = 'operator.one'").ShouldBe(1);
    }

    [Test]
    public async Task Purge_refuses_a_cutoff_of_less_than_a_day()
    {
        var purge = await _workspace.CommandAsync("db", "purge", "--older-than", "0");

        purge.ExitCode.ShouldBe(2);
    }

    [Test]
    public async Task The_store_benchmark_times_a_new_a_repeat_and_a_rerun_night_on_a_temporary_database()
    {
        var bench = await ScanWorkspace.InvokeAsync("bench", "store", "--alerts", "500", "--history", "1500");

        bench.ExitCode.ShouldBe(0, bench.Error);
        bench.Output.ShouldContain("sqlite, 500 alerts and 1,500 history keys per night");
        bench.Output.ShouldContain("night 1 (all new)");
        bench.Output.ShouldContain("night 2 (all repeats)");
        bench.Output.ShouldContain("night 2 again (rerun)");
    }

    [Test]
    public async Task The_store_benchmark_refuses_a_database_that_holds_runs()
    {
        await _workspace.RunAsync("2026-11-23");

        var bench = await _workspace.CommandAsync("bench", "store", "--alerts", "10");

        bench.ExitCode.ShouldBe(2);
        bench.Error.ShouldContain("empty, throwaway database");
        CountRows("scan_runs").ShouldBe(1);
    }

    private long CountRows(string tableAndCondition)
    {
        using var connection = new SqliteConnection(_workspace.Database);
        return connection.ExecuteScalar<long>($"select count(*) from {tableAndCondition}");
    }
}
