using ScanService.Model;
using ScanService.Store;

namespace ScanService.Digest.Tests.Support;

/// <summary>An audit log that keeps entries in memory, to see what a publisher recorded.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    public List<AuditEntry> Entries { get; } = [];

    public Task<long> RecordAuditAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        Entries.Add(entry);
        return Task.FromResult((long)Entries.Count);
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(
        DateTimeOffset since, DateTimeOffset? until, int skip, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(Entries.Skip(skip).Take(take).ToList());
}
