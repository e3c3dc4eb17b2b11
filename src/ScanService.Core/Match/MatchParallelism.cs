namespace ScanService.Match;

/// <summary>How many threads matching may use. Any value gives the same alerts in the same order.</summary>
public readonly record struct MatchParallelism
{
    public MatchParallelism(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        Threads = threads;
    }

    public int Threads { get; }

    public static MatchParallelism AllCores => new(Environment.ProcessorCount);

    public static MatchParallelism Sequential => new(1);
}
