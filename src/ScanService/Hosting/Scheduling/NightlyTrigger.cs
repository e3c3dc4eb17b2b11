using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ScanService.Host.Hosting.Scheduling;

/// <summary>
/// Puts the configured nightly trigger in the scheduler at start. In a cluster the trigger is stored in the database
/// and shared: it is kept as it is when it already matches the configuration (re-saving it on every start could make
/// a firing run on two nodes), and replaced when an operator changed <c>Schedule:Cron</c> or <c>Schedule:TimeZone</c>.
/// </summary>
internal sealed partial class NightlyTrigger(ISchedulerFactory schedulers, ScanSchedule schedule, ILogger<NightlyTrigger> logger) : IHostedService
{
    public static readonly TriggerKey Key = new("nightly", NightlyScanJob.Key.Group);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var wanted = Build(schedule);
        var stored = await scheduler.GetTrigger(Key, cancellationToken);
        if (stored is null)
        {
            await scheduler.ScheduleTrigger(wanted, TriggerConflict.Keep, cancellationToken);
        }
        else if (stored is not ICronTrigger cron || cron.CronExpressionString != schedule.Cron || cron.TimeZone.Id != schedule.Zone.Id)
        {
            await scheduler.RescheduleJob(Key, wanted, cancellationToken);
            LogChanged(schedule.Cron, schedule.Zone.Id);
        }

        LogNext(schedule.Cron, schedule.Zone.Id, (await scheduler.GetTrigger(Key, cancellationToken))?.NextFireTimeUtc?.UtcDateTime);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Misfire: do nothing. A firing missed while every node was down is not replayed; CatchUpOnStart scans that night once.
    private static ITrigger Build(ScanSchedule schedule) => TriggerBuilder.Create()
        .WithIdentity(Key)
        .ForJob(NightlyScanJob.Key)
        .WithSchedule(CronScheduleBuilder.Create(schedule.Cron)
            .InTimeZone(schedule.Zone)
            .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
        .Build();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The schedule changed: the nightly trigger is now {Cron} ({Zone})")]
    private partial void LogChanged(string cron, string zone);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly scan scheduled {Cron} ({Zone}); next firing {Next:O}")]
    private partial void LogNext(string cron, string zone, DateTime? next);
}
