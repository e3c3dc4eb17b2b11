using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ScanService.Host.Hosting.Scheduling;

/// <summary>
/// After downtime over the scheduled time, scans the missed night once, now: the last scheduled night with no
/// completed run gets one catch-up firing, however many firings were missed (older nights are rerun by hand with
/// <c>scan run --date</c>). The nightly trigger itself never fires late (misfire: do nothing), so the two never
/// both scan a missed night.
/// </summary>
internal sealed partial class CatchUpOnStart(
    ISchedulerFactory schedulers, ScanHost host, ScanSchedule schedule, ILogger<CatchUpOnStart> logger) : IHostedService
{
    // Further back than this is not "last night": an operator decides what to rerun after a long outage.
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(8);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = host.Clock.GetUtcNow();
        if (schedule.LastAtOrBefore(now, LookBack) is not { } lastFiring)
        {
            return;
        }

        var night = schedule.NightOf(lastFiring);
        var latest = await host.CreateStore().GetLatestCompletedRunAsync(cancellationToken);
        if (latest is not null && latest.RunDate >= night)
        {
            return;
        }

        var trigger = TriggerBuilder.Create()
            .WithIdentity($"catch-up-{night:yyyy-MM-dd}", NightlyScanJob.Key.Group)
            .ForJob(NightlyScanJob.Key)
            .UsingJobData(ScheduledFiring.NightKey, night.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .StartNow()
            .Build();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        // Keep: when another node of the cluster already scheduled the same catch-up, store nothing.
        var outcome = await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken);
        LogCatchUp(night, lastFiring.UtcDateTime, latest?.RunDate, outcome.ToString());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Night {Night:yyyy-MM-dd} (scheduled {ScheduledAt:O}) has no completed run (latest completed night: {Latest}): catching up once now ({Outcome})")]
    private partial void LogCatchUp(DateOnly night, DateTime scheduledAt, DateOnly? latest, string outcome);
}
