using Quartz;

namespace ScanService.Host.Hosting.Scheduling;

/// <summary>
/// The configured cron schedule in its time zone: when the scan fires, and which night a firing belongs to. The
/// same calculation Quartz's trigger makes, so <c>scan status</c> shows the time the service will really fire.
/// </summary>
internal sealed class ScanSchedule
{
    private readonly CronExpression _cron;

    public ScanSchedule(string cron, TimeZoneInfo zone)
    {
        _cron = new CronExpression(cron, zone);
        Cron = cron;
        Zone = zone;
    }

    public string Cron { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The first firing strictly after <paramref name="instant"/>.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset instant) => _cron.GetNextValidTimeAfter(instant);

    /// <summary>
    /// The last firing at or before <paramref name="instant"/>, looking back at most <paramref name="lookBack"/>; null when
    /// the schedule had no firing in that window.
    /// </summary>
    public DateTimeOffset? LastAtOrBefore(DateTimeOffset instant, TimeSpan lookBack)
    {
        DateTimeOffset? last = null;
        var cursor = instant - lookBack;
        while (_cron.GetNextValidTimeAfter(cursor) is { } next && next <= instant)
        {
            last = next;
            cursor = next;
        }

        return last;
    }

    /// <summary>The night a firing scans: its calendar date in the schedule's zone (a 02:00 firing scans that day).</summary>
    public DateOnly NightOf(DateTimeOffset fireTime) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fireTime, Zone).DateTime);
}
