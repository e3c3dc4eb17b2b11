using System.CommandLine;
using ScanService.Host.Export;
using ScanService.Host.Hosting;
using ScanService.Model;

namespace ScanService.Host.Cli;

/// <summary>
/// <c>scan alerts export</c>: the link alerts of one run, in the contract's columns (DESIGN.md §4). Suppressed
/// links (false positives with unchanged evidence) are left out unless asked for. Every export is audited.
/// </summary>
internal static class AlertsExportCommand
{
    public static Command Create()
    {
        var run = new Option<string>("--run")
        {
            Description = "Which run: 'latest' (the latest completed run) or a run id.",
            HelpName = "latest|RUN_ID",
            DefaultValueFactory = _ => "latest",
        };
        var format = new Option<string>("--format")
        {
            Description = "csv (default) or json.",
            DefaultValueFactory = _ => "csv",
        }.AcceptOnlyFromAmong("csv", "json");
        var outFile = new Option<string?>("--out") { Description = "File to write (default: standard output).", HelpName = "FILE" };
        var includeSuppressed = new Option<bool>("--include-suppressed")
        {
            Description = "Also export links suppressed as false positives (status 'suppressed').",
        };
        var kind = new Option<string>("--kind")
        {
            Description = "link (default): link alerts in the contract's columns; pattern or compliance: those rules' alerts, in their own columns.",
            DefaultValueFactory = _ => "link",
        }.AcceptOnlyFromAmong("link", "pattern", "compliance");
        var by = CommonOptions.By("is exporting");
        var database = CommonOptions.Database();
        var provider = CommonOptions.Provider();

        var command = new Command("export", "Write the link alerts of a run: source, record_id, investigation_ref, subject_ref, rule_id, score, matched_on, and more.")
        {
            run, format, outFile, includeSuppressed, kind, by, database, provider,
        };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.ReportedAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var (opened, exitCode) = await StoredRun.OpenAsync(parse, database, provider, run, error, cancellationToken);
            if (opened is null)
            {
                return exitCode;
            }

            using var _ = opened;
            var (host, store, selected) = (opened.Host, opened.Store, opened.Run);
            var stored = await store.GetAlertsAsync(selected.Id, cancellationToken);
            var alerts = parse.GetValue(includeSuppressed) ? stored : stored.Where(a => a.Status != AlertStatus.Suppressed).ToList();
            var path = parse.GetValue(outFile);
            var json = parse.GetValue(format) == "json";
            var findings = parse.GetValue(kind) == "link" ? null : await store.GetFindingsAsync(selected.Id, cancellationToken);
            var (columns, rows) = parse.GetValue(kind) == "pattern" ? FindingExportWriter.Patterns(findings!.Patterns)
                : findings is not null ? FindingExportWriter.Compliance(findings.Compliance)
                : ([], []);
            var count = findings is null ? alerts.Count : rows.Count;
            await using (var file = path is null ? null : new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            {
                var writer = file ?? output;
                await (findings is null
                    ? WriteAsync(alerts, writer, json, cancellationToken)
                    : FindingExportWriter.WriteAsync(columns, rows, writer, json, cancellationToken));
            }

            await store.RecordAuditAsync(
                AuditEntry.New(
                    host.Clock.GetUtcNow(), AuditAction.AlertsExported, parse.GetValue(by) ?? ScanHost.CurrentUser, selected.Id, count,
                    detail: $"{parse.GetValue(kind)} alerts, {parse.GetValue(format)} to {(path is null ? "standard output" : Path.GetFullPath(path))}" +
                            (parse.GetValue(includeSuppressed) ? ", suppressed included" : "")),
                cancellationToken);

            if (path is not null)
            {
                await error.WriteLineAsync($"{count} {parse.GetValue(kind)} alerts of run {selected.Id} ({selected.RunDate:yyyy-MM-dd}) written to {path}");
            }

            return ExitCodes.Success;
        }));

        return command;
    }

    private static async Task WriteAsync(IReadOnlyList<Model.StoredLinkAlert> alerts, TextWriter writer, bool json, CancellationToken cancellationToken)
    {
        if (json)
        {
            await AlertExportWriter.WriteJsonAsync(alerts, writer, cancellationToken);
        }
        else
        {
            AlertExportWriter.WriteCsv(alerts, writer);
        }

        await writer.FlushAsync(cancellationToken);
    }
}
