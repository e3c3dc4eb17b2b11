using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>
/// Generated nights of 50,000 records against 2,000 subjects (`scan samples generate`), scanned and evaluated
/// through the real command line, held to the targets: F1 ≥ 0.98 and person-link recall ≥ 0.97. The
/// shipped weights were tuned on seed 7; seed 11 was held out and only checked afterwards, so a tuning that fits
/// one night's accidents fails here. Measured with same-person v4: seed 7 precision 0.9841, F1 0.9831, person
/// recall 0.9744; seed 11 precision 0.9842, F1 0.9809, person recall 0.9728.
/// </summary>
[Category("Evaluation")]
public class GeneratedNightEvaluation
{
    private const double TargetF1 = 0.98;
    private const double TargetPersonRecall = 0.97;

    /// <summary>Measured 0.984 on both nights, rounded down: a floor, so recall is never bought with a flood of false links.</summary>
    private const double MeasuredFloorPrecision = 0.98;

    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [TestCase(7, TestName = "The shipped rules reach the issue's targets on the generated night they were tuned on (seed 7)")]
    [TestCase(11, TestName = "The shipped rules reach the issue's targets on a held-out generated night (seed 11)")]
    public async Task The_shipped_rules_reach_the_targets_on_a_hard_generated_night(int seed)
    {
        var night = Path.Combine(_workspace.Root, "generated");
        var generate = await ScanWorkspace.InvokeAsync("samples", "generate", "--records", "50000", "--subjects", "2000",
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", night);
        generate.ExitCode.ShouldBe(0, generate.Error);

        var run = await _workspace.RunAsync("2026-11-23", exports: Path.Combine(night, "exports"));
        run.ExitCode.ShouldBe(0, run.Error);
        var evaluation = await ScanWorkspace.InvokeAsync("evaluate", "--truth", Path.Combine(night, "truth.csv"), "--database", _workspace.Database);

        evaluation.ExitCode.ShouldBe(0, evaluation.Error);
        var figures = ReportFigures.Parse(evaluation.Output);
        var personRecall = ReportFigures.KindRecall(evaluation.Output, "person");
        TestContext.Progress.WriteLine(evaluation.Output);
        TestContext.Progress.WriteLine($"Generated (seed {seed}): 50000 records x 2000 subjects, {figures}, person recall {personRecall:0.0000} (issue targets F1 >= {TargetF1}, person recall >= {TargetPersonRecall})");
        figures.F1.ShouldBeGreaterThanOrEqualTo(TargetF1, $"generated seed {seed}: {figures}");
        personRecall.ShouldBeGreaterThanOrEqualTo(TargetPersonRecall, $"generated seed {seed} person recall, {figures}");
        figures.Precision.ShouldBeGreaterThanOrEqualTo(MeasuredFloorPrecision, $"generated seed {seed}: {figures}");
    }
}
