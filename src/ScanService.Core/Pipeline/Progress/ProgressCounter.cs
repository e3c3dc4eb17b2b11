namespace ScanService.Pipeline.Progress;

/// <summary>Items done out of a known total, safe to add to from several threads and to read from another.</summary>
public sealed class ProgressCounter(long total)
{
    private long _done;

    public long Total { get; } = total;

    public long Done => Interlocked.Read(ref _done);

    public void Add(long items) => Interlocked.Add(ref _done, items);
}
