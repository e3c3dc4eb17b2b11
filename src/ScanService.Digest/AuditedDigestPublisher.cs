using ScanService.Digest.Content;
using ScanService.Model;
using ScanService.Notify;
using ScanService.Store;

namespace ScanService.Digest;

/// <summary>
/// Records every digest another publisher delivers in the audit log: when, to whom, and which alerts' details it
/// listed (law-enforcement processing must show who was sent which personal data). Only a delivered digest is
/// recorded; if recording fails the error surfaces, because an unrecorded disclosure must not pass silently.
/// </summary>
public sealed class AuditedDigestPublisher : IDigestPublisher
{
    private readonly IDigestPublisher _inner;
    private readonly IAuditLog _audit;
    private readonly DigestOptions _options;
    private readonly TimeProvider _clock;
    private readonly string _actor;

    /// <param name="actor">Who sends it: the service account the nightly run runs as.</param>
    public AuditedDigestPublisher(IDigestPublisher inner, IAuditLog audit, DigestOptions options, TimeProvider clock, string actor)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        _inner = inner;
        _audit = audit;
        _options = options;
        _clock = clock;
        _actor = actor;
    }

    public int FindingsListedPerGroup => _inner.FindingsListedPerGroup;

    public async Task<string> PublishAsync(DigestInput digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var delivered = await _inner.PublishAsync(digest, cancellationToken).ConfigureAwait(false);

        // Built again the way the body was, so the ids are exactly the links listed (the body is capped).
        var listed = new DigestBuilder(_options.MaxLinksInBody).Build(digest).ListedAlertIds;
        var entry = AuditEntry.New(
            _clock.GetUtcNow(), AuditAction.DigestWritten, _actor, digest.Run.Id, listed.Count,
            recipients: _options.AllRecipients.ToArray(), alertIds: listed, detail: delivered);
        await _audit.RecordAuditAsync(entry, cancellationToken).ConfigureAwait(false);
        return delivered;
    }
}
