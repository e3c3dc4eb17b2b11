using System.CommandLine;
using System.Globalization;
using ScanService.Host.Bench;
using ScanService.Storage;

namespace ScanService.Host.Cli;

/// <summary><c>scan bench store</c>: how long the store takes to write a night of N alerts; <c>scan bench night</c> is beside it.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var alerts = new Option<int>("--alerts")
        {
            Description = "Alerts per night (default 100000).",
            DefaultValueFactory = _ => 100_000,
        };
        var history = new Option<int>("--history")
        {
            Description = "History keys per night (default 0; a national night of 1,000,000 records has about 2,500,000).",
            DefaultValueFactory = _ => 0,
        };
        var provider = new Option<string>("--provider")
        {
            Description = "Database provider (default sqlite).",
            DefaultValueFactory = _ => "sqlite",
        }.AcceptOnlyFromAmong([.. ScanStoreFactory.SupportedProviders]);
        var database = new Option<string?>("--database")
        {
            Description = "An EMPTY, throwaway database to write synthetic runs into (default for sqlite: a temporary file, deleted after). Never the configured database.",
            HelpName = "CONN",
        };
        var store = new Command("store", "Time writing N synthetic alerts (new, repeat and rerun nights) to a throwaway database.")
        {
            alerts, history, provider, database,
        };
        store.SetAction((parse, cancellationToken) => DatabaseErrors.ReportedAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var count = parse.GetValue(alerts);
            var providerName = parse.GetValue(provider)!;
            var keys = parse.GetValue(history);
            if (count < 1)
            {
                await error.WriteLineAsync("--alerts must be at least 1");
                return ExitCodes.UsageError;
            }

            if (keys < 0)
            {
                await error.WriteLineAsync("--history must not be negative");
                return ExitCodes.UsageError;
            }

            await using var target = BenchDatabase.For(providerName, parse.GetValue(database));
            if (target is null)
            {
                await error.WriteLineAsync($"--database is required for {providerName}: give an empty database the benchmark may fill with synthetic runs");
                return ExitCodes.UsageError;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ScanService store benchmark: {providerName}, {count:#,0} alerts and {keys:#,0} history keys per night"));
            var scanStore = ScanStoreFactory.Create(providerName, target.ConnectionString);
            if (await new StoreBenchmark(scanStore, output).RunAsync(count, keys, cancellationToken) is { } refused)
            {
                await error.WriteLineAsync(refused);
                return ExitCodes.UsageError;
            }

            return ExitCodes.Success;
        }));
        return new Command("bench", "Benchmarks.") { store, BenchNightCommand.Create() };
    }

    /// <summary>The database to write to; a temporary SQLite file is deleted afterwards.</summary>
    private sealed class BenchDatabase(string connectionString, string? temporaryFolder) : IAsyncDisposable
    {
        public string ConnectionString { get; } = connectionString;

        public static BenchDatabase? For(string provider, string? given)
        {
            if (given is not null)
            {
                return new BenchDatabase(given, null);
            }

            if (provider != "sqlite")
            {
                return null;
            }

            var folder = Path.Combine(Path.GetTempPath(), "scan-bench-" + Guid.NewGuid().ToString("N"));
            return new BenchDatabase($"Data Source={Path.Combine(folder, "bench.db")}", folder);
        }

        public ValueTask DisposeAsync()
        {
            if (temporaryFolder is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(temporaryFolder, recursive: true);
            }

            return ValueTask.CompletedTask;
        }
    }
}
