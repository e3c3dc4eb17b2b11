using ScanService.Model;

namespace ScanService.Store;

/// <summary>Deleting what the retention policy says may go.</summary>
public interface IRetention
{
    /// <summary>
    /// In one transaction: deletes the runs before the cut-off with their sources and alerts, and the audit entries
    /// before the audit cut-off, and records the purge in the audit log. A dry run counts and rolls back.
    /// </summary>
    Task<PurgeResult> PurgeAsync(PurgeRequest request, CancellationToken cancellationToken);
}
