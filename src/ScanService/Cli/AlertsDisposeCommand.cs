using System.CommandLine;
using ScanService.Host.Hosting;
using ScanService.Model;

namespace ScanService.Host.Cli;

/// <summary>
/// <c>scan alerts dispose</c>: an analyst's verdict on a link alert. A false positive is suppressed on later nights
/// for as long as its evidence is unchanged; a confirmed link keeps being reported. Both are audited.
/// </summary>
internal static class AlertsDisposeCommand
{
    private const string FalsePositive = "false-positive";
    private const string Confirmed = "confirmed";

    public static Command Create()
    {
        var alert = new Option<long>("--alert")
        {
            Description = "The alert id (alert_id in 'scan alerts export').",
            HelpName = "ID",
            Required = true,
        };
        var verdict = new Option<string>("--as")
        {
            Description = "false-positive (not alerted again while its evidence is unchanged) or confirmed.",
            Required = true,
        }.AcceptOnlyFromAmong(FalsePositive, Confirmed);
        var by = new Option<string>("--by") { Description = "Who decided (name or collar number), for the audit trail.", HelpName = "NAME", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why, in a sentence: kept with the verdict.", HelpName = "TEXT", Required = true };
        var database = CommonOptions.Database();
        var provider = CommonOptions.Provider();
        var command = new Command("dispose", "Mark a link alert as a false positive or confirmed.")
        {
            alert, verdict, by, reason, database, provider,
        };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.ReportedAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var (disposedBy, why) = (parse.GetValue(by)!, parse.GetValue(reason)!);
            if (string.IsNullOrWhiteSpace(disposedBy) || string.IsNullOrWhiteSpace(why))
            {
                await error.WriteLineAsync("--by and --reason must not be empty: a verdict without a name and a reason cannot be audited");
                return ExitCodes.UsageError;
            }

            using var host = HostFactory.TryCreateForDatabase(parse, error, database, provider);
            if (host is null)
            {
                return ExitCodes.UsageError;
            }

            var store = await host.OpenStoreAsync(cancellationToken);
            var alertId = parse.GetValue(alert);
            var kind = parse.GetValue(verdict) == FalsePositive ? Disposition.FalsePositive : Disposition.Confirmed;
            var recorded = await store.DisposeAsync(
                new DispositionRequest(alertId, kind, disposedBy.Trim(), why.Trim(), host.Clock.GetUtcNow()), cancellationToken);
            if (recorded is null)
            {
                await error.WriteLineAsync($"there is no alert {alertId} (a rerun of a night gives its alerts new ids: export the latest run again)");
                return ExitCodes.RunFailed;
            }

            var link = recorded.Link;
            await output.WriteLineAsync(
                $"alert {alertId} ({link.Source}/{link.RecordId} → {link.InvestigationRef}/{link.SubjectRef}, rule {link.RuleId}) " +
                $"marked {parse.GetValue(verdict)} by {recorded.DisposedBy} (disposition {recorded.Id})");
            if (kind == Disposition.FalsePositive)
            {
                await output.WriteLineAsync("  it will not be alerted on later nights unless its evidence changes");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
