using ScanService.Digest.Delivery;
using ScanService.Notify;

namespace ScanService.Digest;

/// <summary>
/// Writes the digest as a complete <c>.eml</c> message to the outbox folder, named
/// <c>digest-yyyy-MM-dd-run&lt;id&gt;.eml</c>, for a mail server's pickup directory or for an operator to open.
/// </summary>
public sealed class PickupFolderDigestPublisher : IDigestPublisher
{
    private readonly RoutedDigestPublisher _inner;

    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public PickupFolderDigestPublisher(DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();

        _inner = new RoutedDigestPublisher(options, new PickupFolder(options.OutboxDirectory));
    }

    public int FindingsListedPerGroup => _inner.FindingsListedPerGroup;

    /// <summary>Returns the full path of the written file. Publishing a run again replaces its file.</summary>
    public Task<string> PublishAsync(DigestInput digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return _inner.PublishAsync(digest, cancellationToken);
    }
}
