using ScanService.Notify;

namespace ScanService.Digest.Tests.Support;

/// <summary>A publisher that delivers nowhere: returns a fixed path, or throws the given exception.</summary>
internal sealed class StubDigestPublisher(Exception? failure = null) : IDigestPublisher
{
    public const string Delivered = "outbox/digest-2025-03-14-run42.eml";

    public int FindingsListedPerGroup => DigestOptions.DefaultMaxLinksInBody;

    public Task<string> PublishAsync(DigestInput digest, CancellationToken cancellationToken) =>
        failure is null ? Task.FromResult(Delivered) : Task.FromException<string>(failure);
}
