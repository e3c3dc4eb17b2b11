using System.CommandLine;
using Microsoft.Extensions.Hosting;
using ScanService.Host.Hosting.Scheduling;

namespace ScanService.Host.Cli;

/// <summary><c>scan serve</c>: stay running and scan every night on the configured schedule (issue 6).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var clustered = new Option<bool>("--clustered")
        {
            Description = "Share the schedule with other 'scan serve' nodes through the store's database (postgres or sqlserver): exactly one node scans each night, another takes over if it dies.",
        };
        var database = CommonOptions.Database();
        var provider = CommonOptions.Provider();
        var command = new Command("serve", "Run as a service: scan each night on the schedule in Schedule:Cron (default 02:00 Europe/London), catching up a missed night once on start.")
        {
            clustered, database, provider,
        };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.ReportedAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (HostFactory.TryCreateScheduled(parse, error, database, provider, parse.GetValue(clustered)) is not { } scheduled)
            {
                return ExitCodes.UsageError;
            }

            var (host, schedule) = scheduled;
            using var _ = host;
            // Schema first (with Quartz's tables when clustered), before any node starts firing.
            await host.OpenStoreAsync(cancellationToken);
            using var served = ServeHost.Build(host, schedule);
            await served.RunAsync(cancellationToken);
            return ExitCodes.Success;
        }));
        return command;
    }
}
