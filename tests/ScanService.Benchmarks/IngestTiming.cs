using System.Diagnostics;
using System.Globalization;
using ScanService.Ingest;
using ScanService.Ingest.Mappings;
using ScanService.Model;

namespace ScanService.Benchmarks;

/// <summary>
/// <c>ingest EXPORTS_DIR [RUNS]</c>: times the investigations and ingest stages of a night in isolation, as the
/// nightly scan runs them, and prints the managed heap the accepted records hold once ingest is over. A night is a
/// few seconds, so a plain stopwatch over whole stages is the honest measure (BenchmarkDotNet would repeat it for minutes).
/// </summary>
internal static class IngestTiming
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: ingest EXPORTS_DIR [RUNS] [RULES_DIR]");
            return 2;
        }

        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var mappings = args.Length > 2 ? Rules.RuleFolder.Load(args[2]).Mappings : SourceMappings.None;
        var folder = new ExportFolder(args[0]);
        var runDate = new DateOnly(2026, 11, 23);
        using var sampler = AllocationSampler.StartIfAsked();
        for (var run = 1; run <= runs; run++)
        {
            var baseline = HeapAfterCollect();
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var investigationsGc = GcCounters.Now();
            sampler?.Record(true);
            var open = new InvestigationsLoader(runDate).Load(folder);
            var investigations = clock.Elapsed;
            var investigationsCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var investigationsCost = investigationsGc.Since();
            sampler?.Record(false);
            sampler?.PrintTop($"run {run} investigations");
            var afterInvestigations = HeapAfterCollect();

            clock.Restart();
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var ingestGc = GcCounters.Now();
            sampler?.Record(true);
            var results = SourceBatch.IngestAll(new SourceIngester(runDate, mappings), folder.FindSources(), CancellationToken.None);
            var records = new List<PersonRecord>();
            foreach (var result in results)
            {
                records.AddRange(result.Records);
            }

            var ingest = clock.Elapsed;
            var ingestCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var gc = ingestGc.Since();
            sampler?.Record(false);
            sampler?.PrintTop($"run {run} ingest");
            var issueList = open.Issues.Concat(results.SelectMany(r => r.Issues)).ToList();
            var issues = issueList.Count;
            var rows = results.Sum(r => r.Report.RowsRead);
            results = null;
            var afterIngest = HeapAfterCollect();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: investigations {investigations.TotalSeconds:0.00} s (cpu {investigationsCpu.TotalSeconds:0.00} s, {open.Subjects.Count:#,0} subjects, {Mb(afterInvestigations - baseline)} MB); " +
                $"ingest {ingest.TotalSeconds:0.00} s (cpu {ingestCpu.TotalSeconds:0.00} s, {rows:#,0} rows, {records.Count:#,0} accepted, {issues:#,0} issues, records {Mb(afterIngest - afterInvestigations)} MB, " +
                $"{(afterIngest - afterInvestigations) / Math.Max(1, records.Count):#,0} B/record); peak working set {Mb(Process.GetCurrentProcess().PeakWorkingSet64)} MB; ingest {gc}; investigations {investigationsCost}"));
            if (run == 1)
            {
                // Speed work must not change what matching sees: compare this line before and after a change.
                Console.WriteLine($"fingerprint: records {Fingerprint.Of(records)}, subjects {Fingerprint.Of(open.Subjects)}, issues {Fingerprint.Of(issueList)}");
            }

            GC.KeepAlive(records);
            GC.KeepAlive(open);
        }

        return 0;
    }

    private static long HeapAfterCollect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>The collector's counters at one moment, so that each stage reports its own pause, collections and allocation.</summary>
    private readonly record struct GcCounters(TimeSpan Pause, int Gen0, int Gen1, int Gen2, long Allocated)
    {
        public static GcCounters Now() =>
            new(GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());

        public string Since()
        {
            var now = Now();
            return string.Create(CultureInfo.InvariantCulture,
                $"GC pause {(now.Pause - Pause).TotalSeconds:0.00} s, collections {now.Gen0 - Gen0}/{now.Gen1 - Gen1}/{now.Gen2 - Gen2}, allocated {Mb(now.Allocated - Allocated)} MB");
        }
    }

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("#,0", CultureInfo.InvariantCulture);
}
