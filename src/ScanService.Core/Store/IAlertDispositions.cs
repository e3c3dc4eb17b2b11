using ScanService.Model;

namespace ScanService.Store;

/// <summary>Analysts' verdicts on link alerts.</summary>
public interface IAlertDispositions
{
    /// <summary>
    /// Records the verdict on the alert, with an audit entry, in one transaction. Later nights' completions take it
    /// into account; nights already stored are left as they were reported. Null when there is no such alert.
    /// </summary>
    Task<AlertDisposition?> DisposeAsync(DispositionRequest request, CancellationToken cancellationToken);

    /// <summary>Every verdict on the link of this alert, oldest first (empty for an unknown alert).</summary>
    Task<IReadOnlyList<AlertDisposition>> GetDispositionsAsync(long alertId, CancellationToken cancellationToken);

    /// <summary>One stored alert by id, or null.</summary>
    Task<StoredLinkAlert?> GetAlertAsync(long alertId, CancellationToken cancellationToken);
}
