using ScanService.Model;

namespace ScanService.Store;

/// <summary>The runs as operators see them in <c>scan status</c>: newest first, whatever their outcome.</summary>
public interface IRunHistory
{
    /// <summary>The last <paramref name="count"/> runs (running, completed or failed), newest first, with their source reports.</summary>
    Task<IReadOnlyList<RunRecord>> GetRecentRunsAsync(int count, CancellationToken cancellationToken);
}
