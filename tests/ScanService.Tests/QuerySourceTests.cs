using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>
/// A source pulled by a SQL query from a reporting database (real SQLite, real PostgreSQL): the night's rows are
/// exported, scanned like the file they replace, and traced in the run record without the connection string.
/// </summary>
public class QuerySourceTests
{
    private const string Source = "police-intelligence";

    [Test]
    public async Task A_query_source_on_sqlite_gives_the_same_alerts_as_the_file_it_replaces()
    {
        using var workspace = new ScanWorkspace();
        var database = $"Data Source={Path.Combine(workspace.Root, "reporting.db")}";
        await using (var connection = new SqliteConnection(database))
        {
            await LoadReportingTableAsync(connection, "TEXT");
        }

        await ShouldMatchTheFileNightAsync(workspace, "sqlite", database);
    }

    [Test]
    public async Task A_query_source_on_postgres_gives_the_same_alerts_as_the_file_it_replaces()
    {
        await using var postgres = await ThrowawayPostgres.CreateAsync();
        await using (var connection = new NpgsqlConnection(postgres.ConnectionString))
        {
            await LoadReportingTableAsync(connection, "DATE");
        }

        using var workspace = new ScanWorkspace();
        await ShouldMatchTheFileNightAsync(workspace, "postgres", postgres.ConnectionString);
    }

    private static async Task ShouldMatchTheFileNightAsync(ScanWorkspace workspace, string provider, string connection)
    {
        var (columns, rows) = SampleRows();
        var query = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM intel_reports WHERE received_on = @date";
        File.WriteAllText(Path.Combine(workspace.Root, "appsettings.json"), JsonSerializer.Serialize(new
        {
            Scan = new { Acquisition = new { Sources = new[] { new { Name = Source, Query = query, Provider = provider, Connection = connection } } } },
        }));

        var run = await workspace.RunAsync("2026-11-23");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain($"  {Source,-26} read     {rows.Count,6}");
        var fromQuery = AlertsOf(await workspace.ExportAsync("--format", "csv"));
        fromQuery.ShouldNotBeEmpty();
        fromQuery.ShouldBe(await FileNightAlertsAsync());

        await using var store = new SqliteConnection(workspace.Database);
        var origin = await store.QuerySingleAsync<string>("SELECT origin FROM scan_run_inputs WHERE run_id = 1 AND source = @Source", new { Source });
        origin.ShouldBe($"query:{provider}:{Source}");
    }

    /// <summary>The same night with the source as a file in the exports folder (the default), for comparison.</summary>
    private static async Task<string[]> FileNightAlertsAsync()
    {
        using var workspace = new ScanWorkspace();
        var exports = Path.Combine(workspace.Root, "only-intel");
        Directory.CreateDirectory(exports);
        foreach (var file in new[] { "investigations.csv", "subjects.csv" })
        {
            File.Copy(Path.Combine(Repository.SampleExports, file), Path.Combine(exports, file));
        }

        // The very rows the reporting table holds, as a file.
        var (columns, rows) = SampleRows();
        await using (var csv = new CsvWriter(new StreamWriter(Path.Combine(exports, Source + ".csv")), CultureInfo.InvariantCulture))
        {
            foreach (var record in rows.Prepend(columns))
            {
                foreach (var field in record)
                {
                    csv.WriteField(field);
                }

                await csv.NextRecordAsync();
            }
        }

        (await workspace.RunAsync("2026-11-23", exports)).ExitCode.ShouldBe(0);
        return AlertsOf(await workspace.ExportAsync("--format", "csv"));
    }

    // source through matched_on: the identity and evidence of each alert, not its generated ids.
    private static string[] AlertsOf(CliResult export) =>
        [.. export.Output.Split('\n').Where(l => l.StartsWith(Source + ",", StringComparison.Ordinal))
            .Select(l => string.Join(',', l.Split(',').Take(7))).Order(StringComparer.Ordinal)];

    /// <summary>The sample file's rows on the night, plus a row from the night before that the query must leave out.</summary>
    private static async Task LoadReportingTableAsync(DbConnection connection, string dateType)
    {
        var (columns, rows) = SampleRows();
        await connection.OpenAsync();
        var columnList = string.Join(", ", columns.Select(c => $"\"{c}\" TEXT"));
        await connection.ExecuteAsync($"CREATE TABLE intel_reports ({columnList}, received_on {dateType} NOT NULL)");
        var insert = $"INSERT INTO intel_reports ({string.Join(", ", columns.Select(c => $"\"{c}\""))}, received_on) " +
                     $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))}, @received)";
        var yesterday = rows[0].ToArray();
        yesterday[Array.IndexOf(columns, "record_id")] = "PI-YESTERDAY";
        foreach (var (row, night) in rows.Select(r => (r, new DateOnly(2026, 11, 23))).Append((yesterday, new DateOnly(2026, 11, 22))))
        {
            var parameters = new DynamicParameters();
            for (var i = 0; i < columns.Length; i++)
            {
                parameters.Add($"p{i}", string.IsNullOrEmpty(row[i]) ? null : row[i]);
            }

            parameters.Add("received", dateType == "DATE" ? night.ToDateTime(TimeOnly.MinValue) : night.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await connection.ExecuteAsync(insert, parameters);
        }
    }

    /// <summary>The sample file's well-formed rows (a table cannot hold its deliberately malformed one).</summary>
    private static (string[] Columns, List<string[]> Rows) SampleRows()
    {
        using var csv = new CsvReader(new StreamReader(Path.Combine(Repository.SampleExports, Source + ".csv")), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var columns = csv.HeaderRecord!;
        var rows = new List<string[]>();
        while (csv.Read())
        {
            if (csv.Parser.Count != columns.Length)
            {
                continue;
            }

            rows.Add([.. columns.Select((_, i) => csv.GetField(i) ?? "")]);
        }

        return (columns, rows);
    }
}
