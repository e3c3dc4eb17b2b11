using ScanService.Core.Tests.Support;
using ScanService.Pipeline.Progress;

namespace ScanService.Core.Tests.Pipeline;

public class ProgressLogTests
{
    [Test]
    public void Reports_done_rate_and_time_to_go_at_each_interval_of_the_clock()
    {
        var clock = new ManualClock();
        var counter = new ProgressCounter(total: 1_000);
        var reports = new List<ProgressReport>();
        using var log = new ProgressLog(clock, TimeSpan.FromSeconds(5), "match", counter, reports.Add);

        counter.Add(100);
        clock.Advance(TimeSpan.FromSeconds(4));
        reports.ShouldBeEmpty();

        clock.Advance(TimeSpan.FromSeconds(1));
        counter.Add(150);
        clock.Advance(TimeSpan.FromSeconds(5));

        reports.Count.ShouldBe(2);
        reports[0].ShouldBe(new ProgressReport("match", 100, 1_000, 20, TimeSpan.FromSeconds(45)));
        reports[1].ShouldBe(new ProgressReport("match", 250, 1_000, 25, TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void Stops_reporting_once_the_stage_is_over()
    {
        var clock = new ManualClock();
        var reports = new List<ProgressReport>();
        var log = new ProgressLog(clock, TimeSpan.FromSeconds(5), "match", new ProgressCounter(10), reports.Add);
        clock.Advance(TimeSpan.FromSeconds(5));

        log.Dispose();
        clock.Advance(TimeSpan.FromSeconds(60));

        reports.Count.ShouldBe(1);
        reports[0].Remaining.ShouldBeNull("nothing done yet: no rate to estimate from");
    }
}
