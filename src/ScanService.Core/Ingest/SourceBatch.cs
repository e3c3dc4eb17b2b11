using System.Collections.Concurrent;
using ScanService.Pipeline.Progress;

namespace ScanService.Ingest;

/// <summary>
/// Reads a night's source files side by side, one file per core: files are independent, and a national night's
/// six exports would otherwise leave a core idle for the whole of ingest. Results come back in the order of the
/// files, whatever order the reads finish in, so reports, quarantine and matching stay the same.
/// The largest files start first, one at a time as a core comes free: started in name order, a national night's
/// biggest export (benefit claims, a third of the rows) could be left to the end and run on one core alone.
/// </summary>
public static class SourceBatch
{
    /// <param name="bytesRead">Counts the files' bytes as they are read (see <see cref="TotalBytes"/>); none when null.</param>
    public static SourceIngestResult[] IngestAll(SourceIngester ingester, IReadOnlyList<SourceFile> files, CancellationToken cancellationToken,
        ProgressCounter? bytesRead = null)
    {
        var results = new SourceIngestResult[files.Count];
        try
        {
            var largestFirst = Enumerable.Range(0, files.Count).OrderByDescending(i => SizeOf(files[i])).ThenBy(i => i).ToArray();
            Parallel.ForEach(Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { CancellationToken = cancellationToken },
                i => results[i] = ingester.Ingest(files[i], bytesRead));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return results;
    }

    /// <summary>The bytes ingest will read: the total its progress is reported against.</summary>
    public static long TotalBytes(IReadOnlyList<SourceFile> files) => files.Sum(SizeOf);

    // A file that cannot be sized is read in its turn; reading it reports what is wrong with it.
    private static long SizeOf(SourceFile file)
    {
        try
        {
            return new FileInfo(file.Path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
