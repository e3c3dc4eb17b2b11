using System.Diagnostics;
using System.Globalization;
using ScanService.Model;
using ScanService.Store;

namespace ScanService.Host.Bench;

/// <summary>
/// Times what a big night costs the store: writing N alerts and M history keys atomically with the run record when
/// every link is new, again the next night when every link is a repeat (first-seen looked up against history), and a
/// rerun of that night (its rows replaced).
/// </summary>
internal sealed class StoreBenchmark(IScanStore store, TextWriter output)
{
    private static readonly DateOnly FirstNight = new(2000, 1, 1);

    /// <summary>Runs the benchmark; returns why it refused to, or null.</summary>
    public async Task<string?> RunAsync(int alertCount, int historyCount, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await store.MigrateAsync(cancellationToken);
        var migrated = clock.Elapsed;
        if (await store.GetLatestCompletedRunAsync(cancellationToken) is not null)
        {
            return "The database already holds runs: the benchmark only writes to an empty, throwaway database.";
        }

        var alerts = SyntheticNight.Alerts(alertCount);
        Report("create schema", migrated, count: null);

        await TimeNightAsync("night 1 (all new)", FirstNight, alerts, historyCount, cancellationToken);
        await TimeNightAsync("night 2 (all repeats)", FirstNight.AddDays(1), alerts, historyCount, cancellationToken);
        await TimeNightAsync("night 2 again (rerun)", FirstNight.AddDays(1), alerts, historyCount, cancellationToken);
        return null;
    }

    private async Task TimeNightAsync(string label, DateOnly night, LinkAlert[] alerts, int historyCount, CancellationToken cancellationToken)
    {
        var history = SyntheticHistory.Keys(night, historyCount);
        var started = new DateTimeOffset(night.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        var runId = await store.StartRunAsync(night, started, "bench", cancellationToken);
        var stored = await store.CompleteRunAsync(
            new RunCompletion(runId, night, started.AddMinutes(5), [], alerts) { History = history }, cancellationToken);
        clock.Stop();
        if (stored.Count != alerts.Length)
        {
            throw new InvalidOperationException($"{label}: stored {stored.Count} alerts, expected {alerts.Length}.");
        }

        Report(label, clock.Elapsed, alerts.Length);
    }

    private void Report(string label, TimeSpan elapsed, int? count)
    {
        var seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var rate = count is { } n ? $"  {(n / elapsed.TotalSeconds).ToString("#,0", CultureInfo.InvariantCulture),9} alerts/s" : "";
        output.WriteLine($"  {label,-24} {seconds,7} s{rate}");
    }
}
