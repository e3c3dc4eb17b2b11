namespace ScanService.Ingest;

/// <summary>
/// Reads a night's source files side by side, one file per core: files are independent, and a national night's
/// six exports would otherwise leave a core idle for the whole of ingest. Results come back in the order of the
/// files, whatever order the reads finish in, so reports, quarantine and matching stay the same.
/// </summary>
public static class SourceBatch
{
    public static SourceIngestResult[] IngestAll(SourceIngester ingester, IReadOnlyList<SourceFile> files, CancellationToken cancellationToken)
    {
        var results = new SourceIngestResult[files.Count];
        try
        {
            Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken },
                i => results[i] = ingester.Ingest(files[i]));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return results;
    }
}
