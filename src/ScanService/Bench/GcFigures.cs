namespace ScanService.Host.Bench;

/// <summary>
/// The garbage collector's share of a night: time the program was paused, collections by generation and bytes
/// allocated. A night that holds a million records is as often slowed by the collector as by its own work.
/// </summary>
internal readonly record struct GcFigures(TimeSpan Paused, int Gen0, int Gen1, int Gen2, long Allocated)
{
    public static GcFigures Now() => new(
        GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());

    public static GcFigures operator -(GcFigures after, GcFigures before) => new(
        after.Paused - before.Paused, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Allocated - before.Allocated);
}
