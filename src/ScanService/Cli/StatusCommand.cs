using System.CommandLine;
using System.Globalization;
using ScanService.Host.Hosting.Scheduling;

namespace ScanService.Host.Cli;

/// <summary><c>scan status</c>: the last runs and their outcome, and when the schedule fires next.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var last = new Option<int>("--last") { Description = "How many runs to show, newest first (default 10).", DefaultValueFactory = _ => 10 };
        var database = CommonOptions.Database();
        var provider = CommonOptions.Provider();
        var command = new Command("status", "Show the last runs (night, outcome, counts, reason for a failure) and the next scheduled scan.")
        {
            last, database, provider,
        };
        command.SetAction((parse, cancellationToken) => DatabaseErrors.ReportedAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var count = parse.GetValue(last);
            if (count < 1)
            {
                await error.WriteLineAsync("--last must be at least 1");
                return ExitCodes.UsageError;
            }

            if (HostFactory.TryCreateScheduled(parse, error, database, provider) is not { } scheduled)
            {
                return ExitCodes.UsageError;
            }

            var (host, options) = scheduled;
            using var _ = host;
            var schedule = new ScanSchedule(options.Cron, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));
            var store = await host.OpenStoreAsync(cancellationToken);
            var runs = await store.GetRecentRunsAsync(count, cancellationToken);
            await output.WriteLineAsync(Describe(schedule, host.Clock.GetUtcNow()));
            await output.WriteLineAsync();
            await output.WriteAsync(RunTable.Render(runs));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Describe(ScanSchedule schedule, DateTimeOffset now)
    {
        if (schedule.NextAfter(now) is not { } next)
        {
            return $"schedule: {schedule.Cron} ({schedule.Zone.Id}); it never fires again";
        }

        var local = TimeZoneInfo.ConvertTime(next, schedule.Zone);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"schedule: {schedule.Cron} ({schedule.Zone.Id}); next scan {local:yyyy-MM-dd HH:mm:ss zzz} ({next.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}) for night {schedule.NightOf(next):yyyy-MM-dd}");
    }
}
