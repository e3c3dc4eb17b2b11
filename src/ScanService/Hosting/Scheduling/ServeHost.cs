using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using ScanService.Host.Configuration;

namespace ScanService.Host.Hosting.Scheduling;

/// <summary>
/// The wiring of <c>scan serve</c>: a generic host running Quartz with the nightly trigger, in memory on one node
/// or in the store's database when clustered.
/// </summary>
internal static class ServeHost
{
    public const string SchedulerName = "ScanService";

    public static IHost Build(ScanHost scan, ScheduleOptions options)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var schedule = new ScanSchedule(options.Cron, zone);
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(scan.Loggers);
        builder.Services.AddSingleton(scan);
        builder.Services.AddSingleton(schedule);
        builder.Services.AddSingleton(scan.Clock);
        builder.Services.Configure<QuartzOptions>(quartz =>
        {
            // Without this each clustered node re-saves the job at start (PACKAGES.md); the trigger is NightlyTrigger's.
            quartz.Scheduling.IgnoreDuplicates = true;
        });
        builder.Services.AddQuartz(quartz =>
        {
            quartz.UseTimeProvider(scan.Clock);
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                scheduler.GenerateInstanceId = true;
            });
            if (options.Clustered)
            {
                quartz.UsePersistentStore(store => ClusteredStore.Configure(store, scan.Scan, options));
            }
            else
            {
                quartz.UseInMemoryStore(memory => memory.MisfireThreshold = TimeSpan.FromSeconds(options.MisfireThresholdSeconds));
            }

            quartz.AddJob<NightlyScanJob>(job => job
                .WithIdentity(NightlyScanJob.Key)
                .StoreDurably()
                .RequestRecovery()
                .DisallowConcurrentExecution());
        });
        builder.Services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);

        // Hosted services start in this order: the scheduler, then its trigger, then any catch-up.
        builder.Services.AddHostedService<NightlyTrigger>();
        if (options.CatchUpMissedNight)
        {
            builder.Services.AddHostedService<CatchUpOnStart>();
        }

        return builder.Build();
    }
}
