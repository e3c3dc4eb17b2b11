namespace ScanService.Pipeline;

/// <summary>
/// How long one stage of a run took, for the run summary and the benchmark, and how much of it the program stood
/// paused for the garbage collector (a stage that keeps a million records alive pays for it there).
/// </summary>
public readonly record struct StageTiming(string Stage, TimeSpan Elapsed)
{
    public TimeSpan CollectorPauses { get; init; }

    /// <summary>Bytes the stage allocated, on all threads: what keeps the collector busy.</summary>
    public long Allocated { get; init; }

    /// <summary>Processor time the whole process used in the stage, on all cores: above the elapsed time when it ran in parallel.</summary>
    public TimeSpan ProcessorTime { get; init; }

    /// <summary>
    /// The process's peak working set when the stage ended: the first stage whose figure jumps is the one that set the
    /// peak (read from the operating system, which keeps it; a read costs microseconds, once per stage).
    /// </summary>
    public long PeakWorkingSet { get; init; }
}

/// <summary>Times the stages of one run in order; each <see cref="Stop"/> closes the stage begun since the last.</summary>
public sealed class StageClock(TimeProvider clock)
{
    private readonly List<StageTiming> _stages = [];
    private long _since = clock.GetTimestamp();
    private TimeSpan _pausedBefore = GC.GetTotalPauseDuration();
    private long _allocatedBefore = GC.GetTotalAllocatedBytes();
    private TimeSpan _processorBefore = Environment.CpuUsage.TotalTime;

    public IReadOnlyList<StageTiming> Stages => _stages;

    public void Stop(string stage)
    {
        var now = clock.GetTimestamp();
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var processor = Environment.CpuUsage.TotalTime;
        _stages.Add(new StageTiming(stage, clock.GetElapsedTime(_since, now))
        {
            CollectorPauses = paused - _pausedBefore,
            Allocated = allocated - _allocatedBefore,
            ProcessorTime = processor - _processorBefore,
            PeakWorkingSet = PeakWorkingSetNow(),
        });
        _since = now;
        _processorBefore = processor;
        _pausedBefore = paused;
        _allocatedBefore = allocated;
    }

    private static long PeakWorkingSetNow()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
