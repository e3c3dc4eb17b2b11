using ScanService.Testing;
using Dapper;
using Microsoft.Data.Sqlite;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>What happens when the night's input is broken: loud, recorded, and nothing else lost.</summary>
public class FailureTests
{
    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task A_source_that_cannot_be_read_is_reported_and_the_other_sources_still_link()
    {
        var exports = _workspace.CopyOfSampleExports();
        File.Copy(Repository.Path("samples", "bad-exports", "unknown-layout.csv"), Path.Combine(exports, "unknown-layout.csv"));
        File.Copy(Repository.Path("samples", "bad-exports", "not-utf8.csv"), Path.Combine(exports, "not-utf8.csv"));

        var run = await _workspace.RunAsync("2026-11-23", exports);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("unknown-layout");
        run.Output.ShouldContain("not valid UTF-8");
        AlertKey.ReadCsvText((await _workspace.ExportAsync()).Output).ShouldBe(AlertKey.ExpectedOnSamples(), ignoreOrder: true);
        using var connection = new SqliteConnection(_workspace.Database);
        connection.Query<string>("select source from scan_run_sources where outcome = 'failed' order by source")
            .ShouldBe(["not-utf8", "unknown-layout"]);
        var digest = File.ReadAllText(_workspace.Digests.ShouldHaveSingleItem());
        digest.ShouldNotBeEmpty();
    }

    [Test]
    public async Task An_invalid_rule_file_stops_the_run_with_its_location_and_writes_no_alerts_or_digest()
    {
        var rules = Path.Combine(_workspace.Root, "rules");
        Directory.CreateDirectory(rules);
        foreach (var file in Directory.GetFiles(Repository.Rules, "*.yaml"))
        {
            File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
        }

        var broken = Path.Combine(rules, "same-phone.yaml");
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("threshold: 10", "thresold: 10"));

        var run = await _workspace.RunAsync("2026-11-23", rules: rules);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("same-phone.yaml:15:1: unknown key 'thresold'; did you mean 'threshold'?");
        _workspace.Digests.ShouldBeEmpty();
        using var connection = new SqliteConnection(_workspace.Database);
        connection.ExecuteScalar<long>("select count(*) from link_alerts").ShouldBe(0);
        connection.QuerySingle<string>("select status from scan_runs").ShouldBe("failed");
    }

    [Test]
    public async Task Missing_investigations_fail_the_run_with_the_reason_in_the_run_record()
    {
        var exports = _workspace.CopyOfSampleExports();
        File.Delete(Path.Combine(exports, "investigations.csv"));

        var run = await _workspace.RunAsync("2026-11-23", exports);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("investigations.csv is missing");
        using var connection = new SqliteConnection(_workspace.Database);
        var (status, error) = connection.QuerySingle<(string, string)>("select status, error from scan_runs");
        status.ShouldBe("failed");
        error.ShouldContain("investigations.csv is missing");
        // Nothing of the partners' exports counts for a night that failed.
        connection.ExecuteScalar<long>("select count(*) from link_alerts").ShouldBe(0);
        connection.ExecuteScalar<long>("select count(*) from record_history").ShouldBe(0);
        _workspace.Digests.ShouldBeEmpty();
    }

    [Test]
    public async Task A_failed_night_is_not_offered_as_the_latest_run_to_export()
    {
        var exports = _workspace.CopyOfSampleExports();
        File.Delete(Path.Combine(exports, "subjects.csv"));
        await _workspace.RunAsync("2026-11-23", exports);

        var export = await _workspace.ExportAsync();

        export.ExitCode.ShouldBe(1);
        export.Error.ShouldContain("no completed run");
    }

    [Test]
    public async Task A_malformed_date_is_a_usage_error_and_nothing_runs()
    {
        var run = await _workspace.RunAsync("23/11/2026");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("yyyy-MM-dd");
        File.Exists(Path.Combine(_workspace.Root, "data", "scan.db")).ShouldBeFalse();
    }
}
