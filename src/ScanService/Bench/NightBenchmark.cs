using System.Diagnostics;
using ScanService.Host.Hosting;
using ScanService.Evaluation;
using ScanService.Pipeline;
using ScanService.Rules;

namespace ScanService.Host.Bench;

/// <summary>What one benchmarked night measured.</summary>
internal sealed record NightFigures(
    int Records,
    int Subjects,
    TimeSpan Wall,
    IReadOnlyList<StageTiming> Stages,
    int RecordsMatched,
    int AlertsWritten,
    long PeakWorkingSet,
    GcFigures Gc,
    TimeSpan Parse,
    long ParsedRows,
    long Bytes,
    EvaluationReport? Quality)
{
    public double RecordsPerSecond => Records / Wall.TotalSeconds;

    public double MicrosecondsPerRecord => Wall.TotalMilliseconds * 1000 / Records;

    public double TimesParse => Wall.TotalSeconds / Parse.TotalSeconds;
}

/// <summary>
/// Runs the whole nightly pipeline — ingest, normalise, match, store in a throwaway SQLite file, digest — on a
/// cached synthetic night, exactly as <c>scan run</c> would, and measures it against the bare CSV parse.
/// </summary>
internal static class NightBenchmark
{
    public static readonly DateOnly Night = new(2026, 11, 23);

    /// <param name="earlierNights">Nights of history written before the timed night (see <see cref="EarlierNights"/>).</param>
    public static async Task<NightFigures?> RunAsync(
        int records, int subjects, int seed, string? rules, string cache, int earlierNights, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var exports = BenchNightSet.Ensure(records, subjects, seed, cache, output, cancellationToken);
        var (parse, rows, bytes) = CsvParseFloor.Measure(exports);

        var scratch = Path.Combine(Path.GetTempPath(), "scan-bench-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            using var host = Cli.HostFactory.TryCreate(error, (scan, digest) =>
            {
                scan.ExportsDirectory = exports;
                scan.RulesDirectory = rules ?? scan.RulesDirectory;
                scan.Provider = "sqlite";
                scan.Database = $"Data Source={Path.Combine(scratch, "bench.db")}";
                scan.QuarantineDirectory = Path.Combine(scratch, "quarantine");
                digest.OutboxDirectory = Path.Combine(scratch, "outbox");
            });
            if (host is null)
            {
                return null;
            }

            var request = new ScanRequest(Night, exports, host.Scan.RulesDirectory, host.Scan.QuarantineDirectory, ResendDigest: true)
            {
                HistoryDays = host.Scan.Retention.HistoryDays,
            };
            if (earlierNights > 0)
            {
                RuleFolder ruleFolder;
                try
                {
                    ruleFolder = RuleFolder.Load(host.Scan.RulesDirectory);
                }
                catch (RuleSetException ex)
                {
                    await error.WriteLineAsync($"the earlier nights cannot be written: {ex.Message}");
                    return null;
                }

                await EarlierNights.SeedAsync(host.CreateStore(), ruleFolder, exports, Night, earlierNights, request.HistoryDays, output, cancellationToken);
                // The pooled connections keep their page caches (up to 64 MB each): let them go, so that the night
                // starts as a fresh process would, with nothing of the seeding counted in its peak.
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            }

            var scan = host.CreateNightlyScan();
            PeakMemory.Reset();
            var gcBefore = GcFigures.Now();
            var clock = Stopwatch.StartNew();
            var outcome = await scan.RunAsync(request, cancellationToken);
            clock.Stop();
            var gc = GcFigures.Now() - gcBefore;
            if (!outcome.Succeeded)
            {
                await error.WriteLineAsync($"the benchmark night did not complete: {outcome.Error}");
                return null;
            }

            var peak = PeakMemory.WorkingSet();
            var quality = await EvaluateAsync(host, outcome.RunId, exports, cancellationToken);
            return new NightFigures(records, subjects, clock.Elapsed, outcome.StageTimings, outcome.RecordsMatched, outcome.AlertsWritten,
                peak, gc, parse, rows, bytes, quality);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>
    /// The night's alerts scored against the generator's truth file, after the clock has stopped: speed work must
    /// not buy its figures with missed links, so every benchmark shows the quality it ran at.
    /// </summary>
    private static async Task<EvaluationReport?> EvaluateAsync(ScanHost host, long? runId, string exports, CancellationToken cancellationToken)
    {
        var truthPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(exports))!, "truth.csv");
        if (runId is not { } id || !File.Exists(truthPath) || TruthFile.Read(truthPath) is not { Success: true } truth)
        {
            return null;
        }

        var store = host.CreateStore();
        var alerts = await store.GetAlertsAsync(id, cancellationToken);
        return Evaluator.Evaluate(truth.Value, alerts, top: 0);
    }
}
