using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>
/// A generated night of 50,000 records against 2,000 subjects (`scan samples generate`), scanned and evaluated
/// through the real command line. The targets (F1 ≥ 0.98, person recall ≥ 0.97) are NOT met yet
/// (measured F1 0.972, precision 0.995, person recall 0.927): the test prints the figures for the CI log and
/// guards the measured level so matching cannot silently get worse.
/// </summary>
[Category("Evaluation")]
public class GeneratedNightEvaluation
{
    private const double TargetF1 = 0.98;
    private const double MeasuredFloorF1 = 0.96;
    private const double MeasuredFloorPrecision = 0.99;

    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task The_shipped_rules_keep_a_hard_generated_night_at_the_measured_quality()
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
        TestContext.Progress.WriteLine($"Generated: 50000 records x 2000 subjects, {figures}, person recall {personRecall:0.0000} (issue target F1 >= {TargetF1}; floor guarded here {MeasuredFloorF1})");
        figures.Precision.ShouldBeGreaterThanOrEqualTo(MeasuredFloorPrecision, $"generated {figures}");
        figures.F1.ShouldBeGreaterThanOrEqualTo(MeasuredFloorF1, $"generated {figures}");
    }
}
