using System.CommandLine;
using ScanService.Host.Export;

namespace ScanService.Host.Cli;

/// <summary><c>scan alerts export</c>: the link alerts of one run, in the contract's columns (DESIGN.md §4).</summary>
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
        var output = new Option<string?>("--out") { Description = "File to write (default: standard output).", HelpName = "FILE" };
        var database = CommonOptions.Database();
        var provider = CommonOptions.Provider();

        var command = new Command("export", "Write the link alerts of a run: source, record_id, investigation_ref, subject_ref, rule_id, score, matched_on, and more.")
        {
            run, format, output, database, provider,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = HostFactory.TryCreate((scan, _) =>
            {
                scan.Database = parse.GetValue(database) ?? scan.Database;
                scan.Provider = parse.GetValue(provider) ?? scan.Provider;
            });
            if (host is null)
            {
                return ExitCodes.UsageError;
            }

            var store = host.CreateStore();
            await store.MigrateAsync(cancellationToken);
            var selection = await RunSelector.SelectAsync(store, parse.GetValue(run)!, cancellationToken);
            if (selection.Error is not null)
            {
                await Console.Error.WriteLineAsync(selection.Error);
                return ExitCodes.RunFailed;
            }

            var alerts = await store.GetAlertsAsync(selection.Run!.Id, cancellationToken);
            var path = parse.GetValue(output);
            await using (var writer = path is null ? Console.Out : new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            {
                if (parse.GetValue(format) == "json")
                {
                    await AlertExportWriter.WriteJsonAsync(alerts, writer, cancellationToken);
                }
                else
                {
                    AlertExportWriter.WriteCsv(alerts, writer);
                }
            }

            if (path is not null)
            {
                await Console.Error.WriteLineAsync($"{alerts.Count} alerts of run {selection.Run.Id} ({selection.Run.RunDate:yyyy-MM-dd}) written to {path}");
            }

            return ExitCodes.Success;
        });

        return new Command("alerts", "Work with stored link alerts.") { command };
    }
}
