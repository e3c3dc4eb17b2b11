using Microsoft.Extensions.Configuration;
using Quartz;

namespace ScanService.Host.Configuration;

/// <summary>
/// The <c>Schedule</c> section: when <c>scan serve</c> fires the nightly scan, and how two nodes share the schedule.
/// <c>scan run</c> ignores it.
/// </summary>
public sealed class ScheduleOptions
{
    public const string Section = "Schedule";

    /// <summary>Quartz cron expression (seconds first): 02:00 every day by default.</summary>
    public string Cron { get; set; } = "0 0 2 * * ?";

    /// <summary>The zone the cron expression is read in, and whose calendar date a firing scans.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>On start, scan once now when the last scheduled night has no completed run.</summary>
    public bool CatchUpMissedNight { get; set; } = true;

    /// <summary>Share the schedule with other nodes through Quartz's tables in the store's database (postgres or sqlserver).</summary>
    public bool Clustered { get; set; }

    /// <summary>How often a clustered node says it is alive; a node silent for longer than this plus a margin is taken for dead.</summary>
    public int CheckinIntervalSeconds { get; set; } = 10;

    /// <summary>How late a firing may start (a node busy or restarting) before it counts as missed and is skipped.</summary>
    public int MisfireThresholdSeconds { get; set; } = 60;

    /// <summary>The section as configured, with <c>scan serve --clustered</c> applied over it.</summary>
    public static ScheduleOptions From(IConfiguration configuration, bool clustered = false)
    {
        var options = configuration.GetSection(Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        options.Clustered |= clustered;
        return options;
    }

    public IEnumerable<string> Validate(string provider)
    {
        if (!CronExpression.TryParse(Cron ?? "", out _))
        {
            yield return $"Schedule:Cron '{Cron}' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. '0 0 2 * * ?')";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone ?? "", out _))
        {
            yield return $"Schedule:TimeZone '{TimeZone}' is not a known time zone";
        }

        if (Clustered && provider is not ("postgres" or "sqlserver"))
        {
            yield return $"Schedule:Clustered needs Scan:Provider postgres or sqlserver (the nodes share the schedule through that database), not '{provider}'";
        }

        if (CheckinIntervalSeconds < 1)
        {
            yield return "Schedule:CheckinIntervalSeconds must be at least 1";
        }

        if (MisfireThresholdSeconds < 1)
        {
            yield return "Schedule:MisfireThresholdSeconds must be at least 1";
        }
    }
}
