using ScanService.Host.Hosting.Scheduling;

namespace ScanService.Tests.Scheduling;

/// <summary>
/// The nightly schedule in Europe/London across the 2027 clock changes (28 March: 01:00 GMT becomes 02:00 BST;
/// 31 October: 02:00 BST becomes 01:00 GMT): one firing a night, at the local time configured, for the right night.
/// </summary>
public class ScanScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Test]
    public void The_default_schedule_fires_at_two_local_time_on_either_side_of_the_march_change()
    {
        var schedule = new ScanSchedule("0 0 2 * * ?", London);

        FiringsAfter(schedule, Utc("2027-03-26T12:00:00Z"), 3).ShouldBe([
            Utc("2027-03-27T02:00:00Z"), // GMT
            Utc("2027-03-28T01:00:00Z"), // BST from 01:00 UTC that morning
            Utc("2027-03-29T01:00:00Z"),
        ]);
    }

    [Test]
    public void The_default_schedule_fires_at_two_local_time_on_either_side_of_the_october_change()
    {
        var schedule = new ScanSchedule("0 0 2 * * ?", London);

        FiringsAfter(schedule, Utc("2027-10-29T12:00:00Z"), 3).ShouldBe([
            Utc("2027-10-30T01:00:00Z"), // BST
            Utc("2027-10-31T02:00:00Z"), // GMT again from 01:00 UTC that morning
            Utc("2027-11-01T02:00:00Z"),
        ]);
    }

    [TestCase("2027-03-26T12:00:00Z")]
    [TestCase("2027-10-29T12:00:00Z")]
    public void A_schedule_inside_the_changing_hour_still_fires_once_a_night(string from)
    {
        // 01:30 does not exist on 28 March 2027 and happens twice on 31 October 2027.
        var schedule = new ScanSchedule("0 30 1 * * ?", London);

        var nights = FiringsAfter(schedule, Utc(from), 4).Select(schedule.NightOf).ToArray();

        nights.Distinct().Count().ShouldBe(4, string.Join(", ", FiringsAfter(schedule, Utc(from), 4)));
        nights.ShouldBe(nights.Order().ToArray());
        (nights[^1].DayNumber - nights[0].DayNumber).ShouldBe(3);
    }

    [Test]
    public void A_firing_scans_the_night_of_its_local_date()
    {
        var schedule = new ScanSchedule("0 0 2 * * ?", London);

        schedule.NightOf(Utc("2027-03-28T01:00:00Z")).ShouldBe(new DateOnly(2027, 3, 28));
        schedule.NightOf(Utc("2027-06-30T23:30:00Z")).ShouldBe(new DateOnly(2027, 7, 1)); // 00:30 BST
    }

    [Test]
    public void The_last_firing_before_an_instant_is_found_after_downtime()
    {
        var schedule = new ScanSchedule("0 0 2 * * ?", London);

        schedule.LastAtOrBefore(Utc("2027-10-31T09:00:00Z"), TimeSpan.FromDays(8)).ShouldBe(Utc("2027-10-31T02:00:00Z"));
        schedule.LastAtOrBefore(Utc("2027-10-31T01:59:59Z"), TimeSpan.FromDays(8)).ShouldBe(Utc("2027-10-30T01:00:00Z"));
        schedule.LastAtOrBefore(Utc("2027-10-31T09:00:00Z"), TimeSpan.FromHours(1)).ShouldBeNull();
    }

    private static DateTimeOffset[] FiringsAfter(ScanSchedule schedule, DateTimeOffset from, int count)
    {
        var firings = new List<DateTimeOffset>();
        var cursor = from;
        while (firings.Count < count && schedule.NextAfter(cursor) is { } next)
        {
            firings.Add(next);
            cursor = next;
        }

        return [.. firings];
    }

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
