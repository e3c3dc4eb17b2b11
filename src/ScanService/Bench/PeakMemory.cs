using System.Diagnostics;

namespace ScanService.Host.Bench;

/// <summary>
/// The process's peak working set. On Linux the peak is reset before a night is timed (writing 5 to
/// /proc/self/clear_refs), so that generating the data set or an earlier, smaller night does not count;
/// elsewhere the peak is the whole process's.
/// </summary>
internal static class PeakMemory
{
    public static bool Reset()
    {
        // Compacted, the large object heap included, and the freed memory given back to the system, so that an earlier
        // night of a --scale run leaves neither holes in the heap for the next to grow around nor memory the collector
        // keeps for itself: each night is measured as if it ran alone. (A forced compaction alone kept the freed
        // regions: the 1,000,000-record row of --scale read 2,098 MB where the same night alone peaked at 1,576-1,624.)
        GC.Collect();
        GC.WaitForPendingFinalizers();
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        ReturnFreedNativeMemory();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// What SQLite freed (the page caches of connections closed after earlier nights were written: tens of megabytes
    /// each) stays in the C library's heap, counted in the working set, until it is trimmed; the night that follows
    /// must not start with it. Linux (glibc) only; elsewhere nothing is done.
    /// </summary>
    private static void ReturnFreedNativeMemory()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has no malloc_trim): the peak then includes what it holds.
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    public static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}
