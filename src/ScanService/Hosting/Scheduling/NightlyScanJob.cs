using Microsoft.Extensions.Logging;
using Quartz;

namespace ScanService.Host.Hosting.Scheduling;

/// <summary>
/// The Quartz job: scans the night a firing belongs to, exactly as <c>scan run --date</c> would. One job for the
/// nightly trigger and the catch-up trigger, so <see cref="DisallowConcurrentExecutionAttribute"/> keeps them from
/// ever overlapping (on one node, and across a cluster).
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class NightlyScanJob(ScanHost host, ScanSchedule schedule, TimeProvider clock, ILogger<NightlyScanJob> logger) : IJob
{
    public static readonly JobKey Key = new("nightly-scan", "scanservice");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var firing = ScheduledFiring.Of(context, schedule);
        var node = context.Scheduler.SchedulerInstanceId;
        LogFiring(firing.Night, firing.ScheduledAt.UtcDateTime, firing.Trigger, firing.IsCatchUp, firing.Recovering, node);

        if (firing.IsCatchUp && await AlreadyScannedAsync(firing.Night, cancellationToken))
        {
            // Another node, or the nightly trigger, got there first: a catch-up never scans a night twice.
            LogCatchUpNotNeeded(firing.Night, node);
            return;
        }

        if (TestHooks.HoldBeforeScan is { } hold && hold > TimeSpan.Zero)
        {
            LogTestHold(hold.TotalSeconds, TestHooks.HoldVariable);
            await Task.Delay(hold, clock, cancellationToken);
        }

        var outcome = await host.ScanNightAsync(firing.Night, resendDigest: false, cancellationToken);
        if (outcome.Succeeded)
        {
            LogCompleted(firing.Night, outcome.RunId, firing.ScheduledAt.UtcDateTime, node);
        }
        else
        {
            // The run record already says failed with the reason; the next firing tries again.
            LogFailed(firing.Night, outcome.RunId, firing.ScheduledAt.UtcDateTime, node, outcome.Error ?? "unknown");
        }
    }

    private async Task<bool> AlreadyScannedAsync(DateOnly night, CancellationToken cancellationToken)
    {
        var latest = await host.CreateStore().GetLatestCompletedRunAsync(cancellationToken);
        return latest is not null && latest.RunDate >= night;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scan firing for night {Night:yyyy-MM-dd} scheduled {ScheduledAt:O} trigger {Trigger} catch-up {CatchUp} recovering {Recovering} on node {Node}")]
    private partial void LogFiring(DateOnly night, DateTime scheduledAt, string trigger, bool catchUp, bool recovering, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catch-up of night {Night:yyyy-MM-dd} not needed on node {Node}: that night or a later one already completed")]
    private partial void LogCatchUpNotNeeded(DateOnly night, string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Holding {Seconds} s before the scan ({Variable} is set: failover tests only)")]
    private partial void LogTestHold(double seconds, string variable);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled scan completed: night {Night:yyyy-MM-dd} run {RunId} scheduled {ScheduledAt:O} on node {Node}")]
    private partial void LogCompleted(DateOnly night, long? runId, DateTime scheduledAt, string node);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled scan failed: night {Night:yyyy-MM-dd} run {RunId} scheduled {ScheduledAt:O} on node {Node}: {Reason}")]
    private partial void LogFailed(DateOnly night, long? runId, DateTime scheduledAt, string node, string reason);
}
