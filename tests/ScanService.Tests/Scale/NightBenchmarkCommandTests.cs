using System.Text.RegularExpressions;
using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests.Scale;

/// <summary>
/// The benchmark and the run summary print what the issue asks for. Speed itself is measured by
/// <c>scan bench night</c>, never asserted here: a shared CI machine makes timings meaningless as pass/fail.
/// </summary>
public class NightBenchmarkCommandTests
{
    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task Bench_night_runs_the_whole_pipeline_and_prints_stage_times_memory_alerts_and_the_parse_floor()
    {
        var result = await ScanWorkspace.InvokeAsync("bench", "night", "--records", "3000", "--subjects", "200", "--seed", "5", "--rules", Repository.Rules, "--cache", Cache);

        result.ExitCode.ShouldBe(0, result.Error + result.Output);
        var peaks = new List<long>();
        foreach (var stage in new[] { "investigations", "ingest", "findings", "match", "store", "digest" })
        {
            var line = Regex.Match(result.Output,
                $@"(?m)^\s+{stage}\s+\d+\.\d s   \(CPU\s+\d+\.\d s, GC paused\s+\d+\.\d s, allocated\s+\d+\.\d\d GB, peak so far\s+(?<peak>[\d,]+) MB\)$");
            line.Success.ShouldBeTrue($"{stage} in:\n{result.Output}");
            peaks.Add(long.Parse(line.Groups["peak"].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
        }

        // The peak so far never falls from one stage to the next, and the night's peak is the last stage's.
        peaks[0].ShouldBeGreaterThan(0);
        peaks.ShouldBe(peaks.Order().ToList());
        Figure(result.Output, "peak working set").ShouldBeGreaterThanOrEqualTo((double)peaks[^1]);

        result.Output.ShouldMatch(@"GC pauses\s+\d+\.\d s \(collections: [\d,]+ gen0, [\d,]+ gen1, [\d,]+ gen2; \d+\.\d GB allocated\)");

        result.Output.ShouldMatch(@"records 3,000 \(\d[\d,]* matched\) against 200 subjects");
        Figure(result.Output, "alerts written").ShouldBeGreaterThan(0);
        Figure(result.Output, "peak working set").ShouldBeGreaterThan(0);
        Figure(result.Output, "pipeline / parse").ShouldBeGreaterThan(0);
        result.Output.ShouldMatch(@"bare CSV parse\s+\d+\.\d s \([\d,]+ rows");

        var again = await ScanWorkspace.InvokeAsync("bench", "night", "--records", "3000", "--subjects", "200", "--seed", "5", "--rules", Repository.Rules, "--cache", Cache);
        again.ExitCode.ShouldBe(0, again.Error);
        again.Output.ShouldContain("(cached)");
        Figure(again.Output, "alerts written").ShouldBe(Figure(result.Output, "alerts written"), "the cached night is the same night");
    }

    [Test]
    public async Task Bench_night_refuses_sizes_that_make_no_sense_naming_each()
    {
        var result = await ScanWorkspace.InvokeAsync("bench", "night", "--records", "0", "--subjects", "5", "--earlier-nights", "-1");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--records must be at least 1");
        result.Error.ShouldContain("--subjects must be at least 20");
        result.Error.ShouldContain("--earlier-nights must be from 0 to 365");
    }

    [Test]
    public async Task Bench_night_with_earlier_nights_and_no_rules_folder_says_so_instead_of_crashing()
    {
        var missing = Path.Combine(_workspace.Root, "no-such-rules");

        var result = await ScanWorkspace.InvokeAsync("bench", "night", "--records", "300", "--subjects", "40", "--earlier-nights", "1", "--rules", missing, "--cache", Cache);

        result.ExitCode.ShouldBe(1, result.Output + result.Error);
        result.Error.ShouldContain("the earlier nights cannot be written");
        result.Error.ShouldContain("rules folder does not exist");
        result.Error.ShouldNotContain("Unhandled exception");
    }

    [Test]
    public async Task The_run_summary_shows_how_long_each_stage_took()
    {
        var run = await _workspace.RunAsync("2026-11-23");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldMatch(@"stages: start \d+\.\d s, investigations \d+\.\d s, ingest \d+\.\d s, findings \d+\.\d s, match \d+\.\d s, store \d+\.\d s, digest \d+\.\d s");
    }

    /// <summary>This test's own cache: another checkout running the same test must not share (or delete) it.</summary>
    private string Cache => Path.Combine(_workspace.Root, "bench-cache");

    private static double Figure(string output, string label) =>
        double.Parse(Regex.Match(output, $@"(?m)^\s+{Regex.Escape(label)}\s+(?<v>[\d,.]+)").Groups["v"].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
}
