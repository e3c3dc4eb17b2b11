using System.Globalization;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>Dispositions and the audit log through the real command line, on the bundled samples.</summary>
public class AnalystFeedbackTests
{
    private ScanWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new ScanWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task A_link_disposed_as_false_positive_is_suppressed_the_next_night_and_left_out_of_the_export()
    {
        await _workspace.RunAsync("2026-11-23");
        var firstNight = AlertKey.ReadCsvText((await _workspace.ExportAsync()).Output).Count;
        var (alertId, key) = await FirstAlertAsync();

        var dispose = await _workspace.CommandAsync(
            "alerts", "dispose", "--alert", alertId, "--as", "false-positive", "--by", "DC A. Example", "--reason", "different person");
        var next = await _workspace.RunAsync("2026-11-24");

        dispose.ExitCode.ShouldBe(0, dispose.Error);
        dispose.Output.ShouldContain($"alert {alertId}");
        next.Output.ShouldContain($"link alerts: 0 new, {firstNight - 1} repeat, 1 suppressed as false positives");
        AlertKey.ReadCsvText((await _workspace.ExportAsync()).Output).ShouldNotContain(key);
        var withSuppressed = await _workspace.ExportAsync("--include-suppressed");
        AlertKey.ReadCsvText(withSuppressed.Output).ShouldContain(key);
        withSuppressed.Output.ShouldContain(",suppressed,");
        EmlText.Decode(_workspace.Digests.Single(d => d.Contains("2026-11-24"))).ShouldContain("1 link suppressed as false positives");
    }

    [Test]
    public async Task Disposing_needs_a_known_alert_a_verdict_a_name_and_a_reason()
    {
        await _workspace.RunAsync("2026-11-23");

        var unknown = await _workspace.CommandAsync("alerts", "dispose", "--alert", "99999", "--as", "confirmed", "--by", "DC A", "--reason", "r");
        var badVerdict = await _workspace.CommandAsync("alerts", "dispose", "--alert", "1", "--as", "maybe", "--by", "DC A", "--reason", "r");
        var noReason = await _workspace.CommandAsync("alerts", "dispose", "--alert", "1", "--as", "confirmed", "--by", "DC A");

        unknown.ExitCode.ShouldBe(1);
        unknown.Error.ShouldContain("no alert 99999");
        badVerdict.ExitCode.ShouldNotBe(0);
        noReason.ExitCode.ShouldNotBe(0);
    }

    [Test]
    public async Task The_audit_log_lists_the_digest_with_its_recipients_and_alert_ids_and_each_export_with_who_made_it()
    {
        await _workspace.RunAsync("2026-11-23");
        var exported = await _workspace.ExportAsync("--by", "analyst.one", "--format", "json");
        exported.ExitCode.ShouldBe(0, exported.Error);
        var alertsOfTheNight = System.Text.Json.JsonDocument.Parse(exported.Output).RootElement.GetArrayLength();

        var audit = await _workspace.CommandAsync("audit", "--since", Today());

        audit.ExitCode.ShouldBe(0, audit.Error);
        audit.Output.ShouldContain("digest-written");
        audit.Output.ShouldContain("to: msu-analysts@unit.example");
        var listedIds = audit.Output.Split('\n').Single(l => l.Contains("alert ids:")).Split(':')[1].Split(',');
        listedIds.Length.ShouldBe(alertsOfTheNight);
        audit.Output.ShouldContain("alerts-exported");
        audit.Output.ShouldContain("by analyst.one  run 1");
        audit.Output.ShouldContain("json to standard output");
    }

    [Test]
    public async Task The_audit_listing_starts_at_the_given_day()
    {
        await _workspace.RunAsync("2026-11-23");

        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var audit = await _workspace.CommandAsync("audit", "--since", tomorrow);

        audit.ExitCode.ShouldBe(0);
        audit.Output.ShouldBeEmpty();
        audit.Error.ShouldContain("no audit entries");
    }

    private async Task<(string AlertId, AlertKey Key)> FirstAlertAsync()
    {
        var export = (await _workspace.ExportAsync()).Output;
        using var csv = new CsvHelper.CsvReader(new StringReader(export), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        csv.Read();
        var key = new AlertKey(csv.GetField("source")!, csv.GetField("record_id")!, csv.GetField("investigation_ref")!,
            csv.GetField("subject_ref")!, csv.GetField("rule_id")!);
        return (csv.GetField("alert_id")!, key);
    }

    private static string Today() => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
