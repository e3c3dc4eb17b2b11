using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>
/// A generated night of 50,000 records against 2,000 subjects (`scan samples generate`), scanned and evaluated
/// through the real command line. The F1 target (≥ 0.98) is met (measured F1 0.981, precision 0.990);
/// its person-recall target (≥ 0.97) is NOT met yet (measured 0.960): the test asserts the F1 target, prints the
/// figures for the CI log, and guards the measured person recall and precision so matching cannot silently get worse.
/// </summary>
[Category("Evaluation")]
public class GeneratedNightEvaluation
{
    private const double TargetF1 = 0.98;
    private const double TargetPersonRecall = 0.97;

    /// <summary>Measured 0.9901 and 0.9598 with the shipped rules, rounded down: regression floors.</summary>
    private const double MeasuredFloorPrecision = 0.985;
    private const double MeasuredFloorPersonRecall = 0.955;

    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task The_shipped_rules_reach_the_F1_target_on_a_hard_generated_night()
    {
        var night = Path.Combine(_workspace.Root, "generated");
        var generate = await ScanWorkspace.InvokeAsync("samples", "generate", "--records", "50000", "--subjects", "2000", "--seed", "7", "--out", night);
        generate.ExitCode.ShouldBe(0, generate.Error);

        var run = await _workspace.RunAsync("2026-11-23", exports: Path.Combine(night, "exports"));
        run.ExitCode.ShouldBe(0, run.Error);
        var evaluation = await ScanWorkspace.InvokeAsync("evaluate", "--truth", Path.Combine(night, "truth.csv"), "--database", _workspace.Database);

        evaluation.ExitCode.ShouldBe(0, evaluation.Error);
        var figures = ReportFigures.Parse(evaluation.Output);
        var personRecall = ReportFigures.KindRecall(evaluation.Output, "person");
        TestContext.Progress.WriteLine(evaluation.Output);
        TestContext.Progress.WriteLine($"Generated: 50000 records x 2000 subjects, {figures}, person recall {personRecall:0.0000} (issue targets F1 >= {TargetF1}, person recall >= {TargetPersonRecall}; person recall floor guarded here {MeasuredFloorPersonRecall})");
        figures.F1.ShouldBeGreaterThanOrEqualTo(TargetF1, $"generated {figures}");
        figures.Precision.ShouldBeGreaterThanOrEqualTo(MeasuredFloorPrecision, $"generated {figures}");
        personRecall.ShouldBeGreaterThanOrEqualTo(MeasuredFloorPersonRecall, $"generated person recall, {figures}");
    }
}
