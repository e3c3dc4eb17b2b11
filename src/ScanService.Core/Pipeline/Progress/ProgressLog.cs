namespace ScanService.Pipeline.Progress;

/// <summary>Where a long stage has got to: items done, the rate so far and the time it should still take.</summary>
public readonly record struct ProgressReport(string Stage, long Done, long Total, double PerSecond, TimeSpan? Remaining);

/// <summary>
/// Reports a long stage's progress every <c>interval</c> of the given clock, so an operator watching a national
/// night sees it move. It reads only a counter: nothing personal can reach the log through it.
/// </summary>
public sealed class ProgressLog : IDisposable
{
    private readonly TimeProvider _clock;
    private readonly string _stage;
    private readonly ProgressCounter _counter;
    private readonly Action<ProgressReport> _report;
    private readonly long _started;
    private readonly ITimer _timer;

    public ProgressLog(TimeProvider clock, TimeSpan interval, string stage, ProgressCounter counter, Action<ProgressReport> report)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _clock = clock;
        _stage = stage;
        _counter = counter;
        _report = report;
        _started = clock.GetTimestamp();
        _timer = clock.CreateTimer(_ => _report(Current()), null, interval, interval);
    }

    public ProgressReport Current()
    {
        var elapsed = _clock.GetElapsedTime(_started).TotalSeconds;
        var done = _counter.Done;
        var rate = elapsed > 0 ? done / elapsed : 0;
        TimeSpan? remaining = rate > 0 ? TimeSpan.FromSeconds((_counter.Total - done) / rate) : null;
        return new ProgressReport(_stage, done, _counter.Total, rate, remaining);
    }

    public void Dispose() => _timer.Dispose();
}
