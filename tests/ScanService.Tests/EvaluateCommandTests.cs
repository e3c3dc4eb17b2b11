using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>`scan evaluate` through the real command line: what it prints, and how it refuses what it cannot measure.</summary>
public class EvaluateCommandTests
{
    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    private static string SampleTruth => Repository.Path("samples", "expected-links.csv");

    private Task<CliResult> EvaluateAsync(params string[] extra) =>
        ScanWorkspace.InvokeAsync(["evaluate", "--database", _workspace.Database, .. extra]);

    private string WriteTruth(string text)
    {
        var path = Path.Combine(_workspace.Root, "truth.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public async Task Help_explains_every_option()
    {
        var help = await ScanWorkspace.InvokeAsync("evaluate", "--help");

        help.ExitCode.ShouldBe(0);
        foreach (var option in new[] { "--truth", "--run", "--top", "--database", "--provider" })
        {
            help.Output.ShouldContain(option);
        }
    }

    [Test]
    public async Task The_report_names_the_run_and_prints_precision_recall_F1_by_kind_misses_and_false_alerts()
    {
        await _workspace.RunAsync("2026-11-23");

        var evaluation = await EvaluateAsync("--truth", SampleTruth, "--run", "1");

        evaluation.ExitCode.ShouldBe(0, evaluation.Error);
        evaluation.Output.ShouldStartWith($"Evaluation of run 1 (2026-11-23) against {SampleTruth}");
        evaluation.Output.ShouldContain("Recall by kind of link");
        evaluation.Output.ShouldContain("Misses (truth pairs without an alert): ");
        evaluation.Output.ShouldContain("False alerts (alerted pairs not in the truth): ");
        ReportFigures.Parse(evaluation.Output).F1.ShouldBeInRange(0.0, 1.0);
    }

    [Test]
    public async Task A_truth_file_that_misses_links_and_adds_one_lists_them_and_still_exits_zero()
    {
        await _workspace.RunAsync("2026-11-23");
        var truth = WriteTruth("""
            source,record_id,investigation_ref,link_kind
            benefit-claims,DWP-UC-5281904,INV-2026-021,person
            nrm-referrals,NRM-NOT-THERE,INV-2026-021,phone
            """);

        var evaluation = await EvaluateAsync("--truth", truth, "--top", "3");

        evaluation.ExitCode.ShouldBe(0, evaluation.Error);
        evaluation.Output.ShouldContain("nrm-referrals/NRM-NOT-THERE -> INV-2026-021  [phone]");
        evaluation.Output.ShouldContain("Worst false alerts (3 of ");
        ReportFigures.Parse(evaluation.Output).Recall.ShouldBe(0.5);
    }

    [Test]
    public async Task A_missing_truth_file_is_refused_with_its_path()
    {
        var evaluation = await EvaluateAsync("--truth", Path.Combine(_workspace.Root, "nope.csv"));

        evaluation.ExitCode.ShouldNotBe(0);
        evaluation.Error.ShouldContain("nope.csv");
        evaluation.Error.ShouldContain("does not exist");
    }

    [Test]
    public async Task A_malformed_truth_file_is_refused_with_file_line_and_field()
    {
        var truth = WriteTruth("source,record_id,investigation_ref\nbenefit-claims,DWP-1,INV-1\nbenefit-claims,,INV-1\n");

        var evaluation = await EvaluateAsync("--truth", truth);

        evaluation.ExitCode.ShouldNotBe(0);
        evaluation.Error.ShouldContain($"{truth}:3: record_id is empty");
    }

    [Test]
    public async Task Evaluating_before_any_run_says_there_is_no_completed_run()
    {
        var evaluation = await EvaluateAsync("--truth", SampleTruth);

        evaluation.ExitCode.ShouldNotBe(0);
        evaluation.Error.ShouldContain("no completed run");
    }

    [Test]
    public async Task Evaluating_a_run_that_does_not_exist_says_so()
    {
        await _workspace.RunAsync("2026-11-23");

        var evaluation = await EvaluateAsync("--truth", SampleTruth, "--run", "42");

        evaluation.ExitCode.ShouldNotBe(0);
        evaluation.Error.ShouldContain("there is no run 42");
    }

    [Test]
    public async Task A_truth_source_the_run_never_read_is_warned_about()
    {
        await _workspace.RunAsync("2026-11-23");
        var truth = WriteTruth("source,record_id,investigation_ref\nfebrl-4b,rec-1-dup-0,FEBRL-INV-001\n");

        var evaluation = await EvaluateAsync("--truth", truth);

        evaluation.ExitCode.ShouldBe(0);
        evaluation.Error.ShouldContain("did not read source(s) febrl-4b");
    }

    [Test]
    public async Task A_negative_top_is_a_usage_error()
    {
        var evaluation = await EvaluateAsync("--truth", SampleTruth, "--top", "-1");

        evaluation.ExitCode.ShouldBe(2);
        evaluation.Error.ShouldContain("--top");
    }
}
