namespace ScanService.Core.Tests.Support;

/// <summary>A clock that moves only when told, firing the timers that fall due: progress is tested without sleeping.</summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _ticks;

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero).AddTicks(_ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state, _ticks + dueTime.Ticks, period.Ticks);
        _timers.Add(timer);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        var until = _ticks + by.Ticks;
        while (_timers.Where(t => t.DueAt <= until).OrderBy(t => t.DueAt).FirstOrDefault() is { } due)
        {
            _ticks = due.DueAt;
            due.Fire();
        }

        _ticks = until;
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state, long dueAt, long period) : ITimer
    {
        public long DueAt { get; private set; } = dueAt;

        public void Fire()
        {
            DueAt = period > 0 ? DueAt + period : long.MaxValue;
            callback(state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => throw new NotSupportedException();

        public void Dispose() => clock._timers.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
