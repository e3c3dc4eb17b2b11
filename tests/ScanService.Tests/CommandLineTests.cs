using ScanService.Testing;
using ScanService.Tests.Support;

namespace ScanService.Tests;

public class CommandLineTests
{
    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [TestCase(new[] { "run", "--help" }, new[] { "--date", "--exports", "--rules", "--database", "--provider", "--outbox", "--resend-digest" })]
    [TestCase(new[] { "alerts", "export", "--help" }, new[] { "--run", "--format", "--out", "--include-suppressed", "--by", "--database", "--provider" })]
    [TestCase(new[] { "alerts", "dispose", "--help" }, new[] { "--alert", "--as", "--by", "--reason", "--database", "--provider" })]
    [TestCase(new[] { "audit", "--help" }, new[] { "--since", "--until", "--limit", "--database", "--provider" })]
    [TestCase(new[] { "db", "migrate", "--help" }, new[] { "--database", "--provider" })]
    [TestCase(new[] { "db", "purge", "--help" }, new[] { "--older-than", "--dry-run", "--by", "--database", "--provider" })]
    [TestCase(new[] { "bench", "store", "--help" }, new[] { "--alerts", "--provider", "--database" })]
    public async Task Help_on_each_command_explains_every_option(string[] args, string[] options)
    {
        var help = await ScanWorkspace.InvokeAsync(args);

        help.ExitCode.ShouldBe(0);
        foreach (var option in options)
        {
            help.Output.ShouldContain(option);
        }
    }

    [Test]
    public async Task The_export_has_the_contract_columns_first()
    {
        await _workspace.RunAsync("2026-11-23");

        var export = await _workspace.ExportAsync("--format", "csv");

        export.Output.Split('\n')[0].ShouldStartWith("source,record_id,investigation_ref,subject_ref,rule_id,score,matched_on");
    }

    [Test]
    public async Task The_json_export_holds_the_same_alerts_as_the_csv_export()
    {
        await _workspace.RunAsync("2026-11-23");
        var csv = AlertKey.ReadCsvText((await _workspace.ExportAsync()).Output);

        var json = await _workspace.ExportAsync("--format", "json");

        using var document = System.Text.Json.JsonDocument.Parse(json.Output);
        var keys = document.RootElement.EnumerateArray().Select(e => new AlertKey(
            e.GetProperty("source").GetString()!, e.GetProperty("record_id").GetString()!, e.GetProperty("investigation_ref").GetString()!,
            e.GetProperty("subject_ref").GetString()!, e.GetProperty("rule_id").GetString()!)).ToList();
        keys.ShouldBe(csv);
        document.RootElement[0].GetProperty("score").GetDouble().ShouldBeGreaterThan(0);
    }

    [Test]
    public async Task Export_by_run_id_and_to_a_file()
    {
        await _workspace.RunAsync("2026-11-23");
        var file = Path.Combine(_workspace.Root, "alerts.csv");

        var export = await _workspace.ExportAsync("--run", "1", "--out", file);

        export.ExitCode.ShouldBe(0, export.Error);
        AlertKey.ReadCsv(file).Count.ShouldBe(AlertKey.ExpectedOnSamples().Count);
    }

    [Test]
    public async Task Export_of_an_unknown_run_says_so_and_fails()
    {
        await _workspace.RunAsync("2026-11-23");

        var export = await _workspace.ExportAsync("--run", "99");

        export.ExitCode.ShouldBe(1);
        export.Error.ShouldContain("no run 99");
    }

    [Test]
    public async Task An_unsupported_provider_is_refused_before_anything_runs()
    {
        // The workspace's RunAsync passes its own --provider; give the command line exactly one, the wrong one.
        var run = await ScanWorkspace.InvokeAsync("run", "--date", "2026-11-23", "--exports", Repository.SampleExports,
            "--database", _workspace.Database, "--provider", "oracle", "--outbox", _workspace.Outbox);

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("'oracle' not recognized");
        _workspace.Digests.ShouldBeEmpty();
    }
}
