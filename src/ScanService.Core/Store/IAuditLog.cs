using ScanService.Model;

namespace ScanService.Store;

/// <summary>The audit log: append-only, kept longer than the data it describes (see retention).</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry; returns its id.</summary>
    Task<long> RecordAuditAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Entries from <paramref name="since"/> (inclusive) up to <paramref name="until"/> (exclusive, or open-ended),
    /// oldest first, at most <paramref name="take"/> after skipping <paramref name="skip"/>.
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(
        DateTimeOffset since, DateTimeOffset? until, int skip, int take, CancellationToken cancellationToken);
}
