using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>
/// The same nights through the real command line on PostgreSQL and on SQLite give the same alerts. PostgreSQL comes
/// from SCANSERVICE_TEST_POSTGRES (started by .ci/run): skipped locally without it, a failure under CI=true.
/// </summary>
public class DatabaseProviderTests
{
    [Test]
    public async Task The_sample_nights_on_postgres_give_the_same_alerts_as_on_sqlite()
    {
        await using var postgres = await ThrowawayPostgres.CreateAsync();

        var onSqlite = await RunTwoNightsAsync(new ScanWorkspace());
        var onPostgres = await RunTwoNightsAsync(new ScanWorkspace("postgres", postgres.ConnectionString));

        onPostgres.FirstNight.ShouldBe(onSqlite.FirstNight);
        onPostgres.SecondNight.ShouldBe(onSqlite.SecondNight);
        onPostgres.FirstNight.ShouldNotBeEmpty();
        onPostgres.SecondNight.ShouldAllBe(line => line.Contains(",repeat,"));
    }

    [Test]
    public async Task The_connection_string_appears_in_no_output_log_or_digest()
    {
        await using var postgres = await ThrowawayPostgres.CreateAsync();
        const string password = "Pa55-never-logged";
        var database = postgres.ConnectionString + $";Password={password}";
        using var workspace = new ScanWorkspace("postgres", database);

        var run = await workspace.RunAsync("2026-11-23");
        var export = await workspace.ExportAsync();
        var unreachable = await ScanWorkspace.InvokeAsync(
            "run", "--date", "2026-11-24", "--provider", "postgres", "--database", $"Host=127.0.0.1;Port=1;Timeout=2;Password={password}");

        run.ExitCode.ShouldBe(0, run.Error);
        unreachable.ExitCode.ShouldBe(1);
        unreachable.Error.ShouldContain("the database could not be used");
        var everything = string.Join('\n', run.Output, run.Error, export.Output, export.Error, unreachable.Output, unreachable.Error,
            LogText(workspace), EmlText.Decode(workspace.Digests.ShouldHaveSingleItem()));
        everything.ShouldNotContain(password);
        everything.ShouldNotContain(postgres.ConnectionString);
    }

    /// <summary>Each night's export, one line per alert without its generated id, sorted.</summary>
    private static async Task<(string[] FirstNight, string[] SecondNight)> RunTwoNightsAsync(ScanWorkspace workspace)
    {
        using (workspace)
        {
            (await workspace.RunAsync("2026-11-23")).ExitCode.ShouldBe(0);
            var first = await ExportWithoutIdsAsync(workspace, "1");
            (await workspace.RunAsync("2026-11-24")).ExitCode.ShouldBe(0);
            return (first, await ExportWithoutIdsAsync(workspace, "2"));
        }
    }

    // Keeps source through matched_on, explanation, status, first_seen_date and run_date: everything but the
    // database-generated alert_id.
    private static async Task<string[]> ExportWithoutIdsAsync(ScanWorkspace workspace, string runId)
    {
        var export = await workspace.ExportAsync("--run", runId);
        export.ExitCode.ShouldBe(0, export.Error);
        var columns = Array.IndexOf(export.Output.Split('\n')[0].Trim().Split(','), "alert_id");
        columns.ShouldBeGreaterThan(0);
        return export.Output.Split('\n').Skip(1).Where(line => line.Trim().Length > 0)
            .Select(line => string.Join(',', CsvFields(line.TrimEnd('\r')).Where((_, i) => i != columns)))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static IEnumerable<string> CsvFields(string line)
    {
        using var parser = new CsvHelper.CsvParser(new StringReader(line), System.Globalization.CultureInfo.InvariantCulture);
        parser.Read();
        return parser.Record!.ToArray();
    }

    private static string LogText(ScanWorkspace workspace)
    {
        var folder = Path.Combine(workspace.Root, "logs");
        return Directory.Exists(folder)
            ? string.Join('\n', Directory.GetFiles(folder).Select(path =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                return new StreamReader(stream).ReadToEnd();
            }))
            : "";
    }
}
