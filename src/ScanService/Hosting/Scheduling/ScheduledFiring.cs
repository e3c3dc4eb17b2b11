using System.Globalization;
using Quartz;

namespace ScanService.Host.Hosting.Scheduling;

/// <summary>
/// What one firing of the nightly job is for. The night comes from the time the firing was <em>scheduled</em>, not
/// the time it ran: a firing recovered on another node after a crash, or run late, still scans the night it belongs to.
/// </summary>
internal sealed record ScheduledFiring(DateOnly Night, DateTimeOffset ScheduledAt, bool IsCatchUp, bool Recovering, string Trigger)
{
    /// <summary>Job data of a catch-up trigger: the missed night, yyyy-MM-dd.</summary>
    public const string NightKey = "night";

    public static ScheduledFiring Of(IJobExecutionContext context, ScanSchedule schedule)
    {
        var data = context.MergedJobDataMap;
        var scheduledAt = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var trigger = context.Trigger.Key.ToString();
        if (context.Recovering && data.TryGetValue(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var original)
            && long.TryParse(Convert.ToString(original, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var millis))
        {
            // A recovery trigger fires now; the night is the one the dead node was scanning.
            scheduledAt = DateTimeOffset.FromUnixTimeMilliseconds(millis);
            if (data.TryGetValue(SchedulerConstants.FailedJobOriginalTriggerName, out var name))
            {
                trigger = Convert.ToString(name, CultureInfo.InvariantCulture) ?? trigger;
            }
        }

        if (data.TryGetValue(NightKey, out var night)
            && DateOnly.TryParseExact(Convert.ToString(night, CultureInfo.InvariantCulture), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var missed))
        {
            return new ScheduledFiring(missed, scheduledAt, IsCatchUp: true, context.Recovering, trigger);
        }

        return new ScheduledFiring(schedule.NightOf(scheduledAt), scheduledAt, IsCatchUp: false, context.Recovering, trigger);
    }
}
