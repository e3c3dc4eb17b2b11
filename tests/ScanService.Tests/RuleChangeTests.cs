using System.Globalization;
using CsvHelper;
using Dapper;
using Microsoft.Data.Sqlite;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>Rules are read afresh by every run: an edit between two nights shows on the second night's alerts.</summary>
public class RuleChangeTests
{
    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task A_rule_edited_between_two_runs_raises_the_next_nights_alerts_under_its_new_version_and_rule_set_hash()
    {
        var rules = RulesFolderCopy.Create(_workspace.Root);
        (await _workspace.RunAsync("2026-11-23", rules: rules)).ExitCode.ShouldBe(0);
        var before = await ExportedAsync();

        RulesFolderCopy.Edit(rules, "same-phone.yaml", "version: 1", "version: 2");
        RulesFolderCopy.Edit(rules, "same-phone.yaml", "threshold: 10", "threshold: 9.5");
        (await _workspace.RunAsync("2026-11-24", rules: rules)).ExitCode.ShouldBe(0);
        var after = await ExportedAsync();

        var hashes = RunHashes();
        hashes[1].ShouldNotBe(hashes[2]);
        before.ShouldAllBe(row => row.RuleSetHash == hashes[1]);
        after.ShouldAllBe(row => row.RuleSetHash == hashes[2]);
        before.Where(row => row.RuleId == "same-phone").ShouldNotBeEmpty();
        before.Where(row => row.RuleId == "same-phone").ShouldAllBe(row => row.RuleVersion == 1);
        after.Where(row => row.RuleId == "same-phone").ShouldNotBeEmpty();
        after.Where(row => row.RuleId == "same-phone").ShouldAllBe(row => row.RuleVersion == 2);
        // A rule nobody edited keeps the version it ships with, whatever that is.
        var shippedPersonVersion = before.Where(row => row.RuleId == "same-person").Select(row => row.RuleVersion).Distinct().ShouldHaveSingleItem();
        after.Where(row => row.RuleId == "same-person").ShouldNotBeEmpty();
        after.Where(row => row.RuleId == "same-person").ShouldAllBe(row => row.RuleVersion == shippedPersonVersion, "same-person was not edited");
    }

    private async Task<List<ExportedRow>> ExportedAsync()
    {
        var export = await _workspace.ExportAsync();
        export.ExitCode.ShouldBe(0, export.Error);
        using var csv = new CsvReader(new StringReader(export.Output), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<ExportedRow>();
        while (csv.Read())
        {
            rows.Add(new ExportedRow(csv.GetField("rule_id")!, csv.GetField<int>("rule_version"), csv.GetField("rule_set_hash")!));
        }

        return rows;
    }

    private Dictionary<long, string> RunHashes()
    {
        using var connection = new SqliteConnection(_workspace.Database);
        return connection.Query<(long RunId, string Hash)>("SELECT run_id, rule_set_hash FROM scan_runs")
            .ToDictionary(run => run.RunId, run => run.Hash);
    }

    private sealed record ExportedRow(string RuleId, int RuleVersion, string RuleSetHash);
}
