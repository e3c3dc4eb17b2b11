using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ScanService.Compliance;
using ScanService.History;
using ScanService.Ingest;
using ScanService.Model;
using ScanService.Patterns;
using ScanService.Rules;

namespace ScanService.Benchmarks;

/// <summary>
/// <c>findings EXPORTS_DIR RULES_DIR [RUNS]</c>: times the findings stage of a night in isolation — tonight's records
/// reduced to history keys, then the pattern and compliance rules over them (a first night: no earlier history) —
/// each part with its CPU time and allocated bytes, and prints a fingerprint of the keys and of the alerts to compare
/// before and after a change.
/// </summary>
internal static class FindingsTiming
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !Directory.Exists(args[0]) || !Directory.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: findings EXPORTS_DIR RULES_DIR [RUNS]");
            return 2;
        }

        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var rules = RuleFolder.Load(args[1]);
        var folder = new ExportFolder(args[0]);
        var night = new DateOnly(2026, 11, 23);
        var records = SourceBatch.IngestAll(new SourceIngester(night, rules.Mappings), folder.FindSources(), CancellationToken.None)
            .SelectMany(r => r.Records).ToList();
        for (var run = 1; run <= runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var (keys, keysPart) = Timed(() => RecordKeys.Of(night, records, rules.RuleSet));
            var (patterns, patternsPart) = Timed(() => PatternDetector.Detect(rules.RuleSet.Patterns, night, keys));
            var (compliance, compliancePart) = Timed(() => ComplianceChecker.Check(rules.RuleSet.Compliance, night, keys));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: keys {keysPart}; patterns {patternsPart}; compliance {compliancePart}; " +
                $"{keys.Count:#,0} keys, {patterns.Count:#,0} pattern alerts, {compliance.Count:#,0} compliance alerts"));
            if (run == 1)
            {
                // Speed work must not change what is stored or found: compare this line before and after a change.
                Console.WriteLine($"fingerprint: keys {Fingerprint(keys, k => $"{k.Night}|{k.Source}|{k.RecordId}|{k.RecordDate}|{k.PersonKey}|{k.Kind}|{k.Value}|{k.Masked}")}, " +
                    $"patterns {Fingerprint(patterns, p => $"{p.RuleId}|{p.RuleVersion}|{p.PatternKey}|{p.KeyMasked}|{string.Join(',', p.Members)}|{p.PeopleCount}|{p.Explanation}")}, " +
                    $"compliance {Fingerprint(compliance, c => $"{c.RuleId}|{c.RuleVersion}|{c.Source}|{c.RecordId}|{c.DueOn}|{c.Explanation}")}");
            }
        }

        return 0;
    }

    private static (T Result, string Figures) Timed<T>(Func<T> part)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var pause = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = part();
        var wall = clock.Elapsed;
        return (result, string.Create(CultureInfo.InvariantCulture,
            $"{wall.TotalSeconds:0.00} s (cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s, " +
            $"GC pause {(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.00} s, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024.0 * 1024.0):#,0} MB)"));
    }

    private static string Fingerprint<T>(IEnumerable<T> items, Func<T, string> line)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var item in items)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(line(item) + "\n"));
        }

        return Convert.ToHexString(sha.GetHashAndReset())[..16];
    }
}
