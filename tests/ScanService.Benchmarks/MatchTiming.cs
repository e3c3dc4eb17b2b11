using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ScanService.Ingest;
using ScanService.Match;
using ScanService.Match.Frequencies;
using ScanService.Match.Generic;
using ScanService.Model;
using ScanService.Rules;

namespace ScanService.Benchmarks;

/// <summary>
/// <c>match EXPORTS_DIR RULES_DIR [RUNS]</c>: times the match stage of a night in isolation, as the nightly scan
/// runs it (generic values taken out, name frequencies counted, every core), with its CPU time, and prints a
/// fingerprint (SHA-256) of every alert it raised — scores and explanations included — to compare before and
/// after a change. Each run reads the night afresh, so the names' comparison keys are worked out inside every run.
/// </summary>
internal static class MatchTiming
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !Directory.Exists(args[0]) || !Directory.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: match EXPORTS_DIR RULES_DIR [RUNS]");
            return 2;
        }

        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var ruleFolder = RuleFolder.Load(args[1]);
        var folder = new ExportFolder(args[0]);
        var runDate = new DateOnly(2026, 11, 23);
        for (var run = 1; run <= runs; run++)
        {
            var open = new InvestigationsLoader(runDate).Load(folder);
            var records = new List<PersonRecord>();
            foreach (var result in SourceBatch.IngestAll(new SourceIngester(runDate, ruleFolder.Mappings), folder.FindSources(), CancellationToken.None))
            {
                records.AddRange(result.Records);
            }

            var matched = GenericValueFinder.Find(records, ruleFolder.GenericValues).Strip(records);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var engine = new MatchEngine(ruleFolder.RuleSet, open.Subjects, TokenFrequencies.Count(matched, open.Subjects));
            var (setUp, setUpCpu) = (clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
            var alerts = engine.Match(matched, MatchParallelism.AllCores, progress: null);
            var wall = clock.Elapsed;
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: match {wall.TotalSeconds:0.00} s (cpu {used.TotalSeconds:0.00} s; of which frequencies and subject index {setUp.TotalSeconds:0.00} s, cpu {setUpCpu.TotalSeconds:0.00} s; allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024.0 * 1024.0):#,0} MB), " +
                $"{matched.Count:#,0} records, {engine.Counts.CandidatePairs:#,0} candidate pairs, {engine.Counts.ScoredPairs:#,0} scored, " +
                $"{alerts.Count:#,0} alerts, fingerprint {FingerprintOf(alerts)}"));
        }

        return 0;
    }

    private static string FingerprintOf(IEnumerable<LinkAlert> alerts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var a in alerts)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{a.Source}|{a.RecordId}|{a.InvestigationRef}|{a.SubjectRef}|{a.RuleId}|{a.RuleVersion}|{a.Score:R}|{a.MatchedOn}|{a.Explanation}|{a.RecordMasked}\n")));
        }

        return Convert.ToHexString(sha.GetHashAndReset())[..16];
    }
}
