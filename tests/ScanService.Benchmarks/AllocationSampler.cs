using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace ScanService.Benchmarks;

/// <summary>
/// Samples the runtime's allocation ticks (one event per ~100 KB allocated, naming the type that crossed the mark) and
/// prints the types that took most: where a stage's allocated bytes go, without an external profiler. Turned on with
/// SCAN_BENCH_ALLOCATIONS=1, as listening costs time of its own.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private volatile bool _recording;

    public static AllocationSampler? StartIfAsked() =>
        Environment.GetEnvironmentVariable("SCAN_BENCH_ALLOCATIONS") == "1" ? new AllocationSampler() : null;

    public void Record(bool on) => _recording = on;

    public void PrintTop(string stage, int count = 25)
    {
        var total = _bytesByType.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocation samples, {stage} (~{total / (1024 * 1024):#,0} MB sampled):"));
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(count))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / (1024.0 * 1024.0),8:#,0.0} MB  {100.0 * bytes / Math.Max(1, total),5:0.0} %  {type}"));
        }

        _bytesByType.Clear();
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (!_recording || data.EventName is null || !data.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.Payload is null)
        {
            return;
        }

        var type = data.PayloadNames?.IndexOf("TypeName") is int t and >= 0 ? data.Payload[t] as string ?? "?" : "?";
        var amount = data.PayloadNames?.IndexOf("AllocationAmount64") is int a and >= 0 ? Convert.ToInt64(data.Payload[a], CultureInfo.InvariantCulture) : 100_000;
        _bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
