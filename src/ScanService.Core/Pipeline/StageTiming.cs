namespace ScanService.Pipeline;

/// <summary>How long one stage of a run took, for the run summary and the benchmark.</summary>
public readonly record struct StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>Times the stages of one run in order; each <see cref="Stop"/> closes the stage begun since the last.</summary>
public sealed class StageClock(TimeProvider clock)
{
    private readonly List<StageTiming> _stages = [];
    private long _since = clock.GetTimestamp();

    public IReadOnlyList<StageTiming> Stages => _stages;

    public void Stop(string stage)
    {
        var now = clock.GetTimestamp();
        _stages.Add(new StageTiming(stage, clock.GetElapsedTime(_since, now)));
        _since = now;
    }
}
