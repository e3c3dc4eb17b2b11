using System.CommandLine;
using ScanService.Host.Hosting;
using ScanService.Pipeline;

namespace ScanService.Host.Cli;

/// <summary><c>scan run</c>: scan one night's exports (DESIGN.md §4).</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var date = new Option<string?>("--date")
        {
            Description = "The night to scan, yyyy-MM-dd (default: today in the configured time zone). Rerunning a date replaces its alerts; it never duplicates them.",
            HelpName = "yyyy-MM-dd",
        };
        var exports = new Option<string?>("--exports") { Description = "Folder of the night's CSV exports (default: Scan:ExportsDirectory, the bundled samples).", HelpName = "DIR" };
        var rules = new Option<string?>("--rules") { Description = "Folder of YAML rule files (default: Scan:RulesDirectory, scan-rules/).", HelpName = "DIR" };
        var outbox = new Option<string?>("--outbox") { Description = "Folder the digest .eml is written to (default: Digest:OutboxDirectory, outbox/).", HelpName = "DIR" };
        var resend = new Option<bool>("--resend-digest") { Description = "Write the digest again even if this night's digest was already written." };
        var database = CommonOptions.Database();
        var provider = CommonOptions.Provider();

        var command = new Command("run", "Scan one night's partner exports against the open investigations, store the link alerts and write the morning digest.")
        {
            date, exports, rules, database, provider, outbox, resend,
        };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.ReportedAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            DateOnly? runDate = null;
            if (parse.GetValue(date) is { } dateText)
            {
                if (!CommonOptions.TryParseDate(dateText, out var parsed))
                {
                    await error.WriteLineAsync($"--date '{dateText}' is not a date in the form yyyy-MM-dd");
                    return ExitCodes.UsageError;
                }

                runDate = parsed;
            }

            using var host = HostFactory.TryCreate(error, (scan, digest) =>
            {
                scan.ExportsDirectory = parse.GetValue(exports) ?? scan.ExportsDirectory;
                scan.RulesDirectory = parse.GetValue(rules) ?? scan.RulesDirectory;
                scan.Database = parse.GetValue(database) ?? scan.Database;
                scan.Provider = parse.GetValue(provider) ?? scan.Provider;
                digest.OutboxDirectory = parse.GetValue(outbox) ?? digest.OutboxDirectory;
            });
            if (host is null)
            {
                return ExitCodes.UsageError;
            }

            var request = new ScanRequest(
                runDate ?? host.Today(),
                host.Scan.ExportsDirectory,
                host.Scan.RulesDirectory,
                host.Scan.QuarantineDirectory,
                parse.GetValue(resend))
            {
                HistoryDays = host.Scan.Retention.HistoryDays,
            };
            var outcome = await host.CreateNightlyScan().RunAsync(request, cancellationToken);
            RunSummary.Write(outcome, output, error);
            return outcome.Succeeded ? ExitCodes.Success : ExitCodes.RunFailed;
        }));
        return command;
    }
}
