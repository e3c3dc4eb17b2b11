using System.Net.Mail;
using ScanService.Notify;

namespace ScanService.Digest.Delivery;

/// <summary>
/// Delivers the night's digest through a transport: the full digest to the coordinators (<c>Digest:To</c>), then
/// to each configured team a digest of its own investigations' alerts. Returns where the full digest went.
/// </summary>
public sealed class RoutedDigestPublisher : IDigestPublisher
{
    private readonly DigestOptions _options;
    private readonly IMailTransport _transport;
    private readonly DigestMessageFactory _messages;

    public RoutedDigestPublisher(DigestOptions options, IMailTransport transport)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(transport);
        options.ThrowIfInvalid();

        _options = options;
        _transport = transport;
        _messages = new DigestMessageFactory(options);
    }

    /// <summary>The digest's cap on what a body lists (<see cref="DigestOptions.MaxLinksInBody"/>).</summary>
    public int FindingsListedPerGroup => _options.MaxLinksInBody;

    public async Task<string> PublishAsync(DigestInput digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var fileName = DigestFileName.For(digest.Run);
        string delivered;
        using (var full = _messages.Create(digest))
        {
            delivered = await _transport.SendAsync(full, fileName, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (team, addresses) in _options.Teams.OrderBy(t => t.Key, StringComparer.OrdinalIgnoreCase))
        {
            using var message = _messages.Create(TeamDigests.For(digest, team), addresses, team);
            var teamFile = Path.GetFileNameWithoutExtension(fileName) + "-team-" + TeamDigests.FileSafe(team) + ".eml";
            await _transport.SendAsync(message, teamFile, cancellationToken).ConfigureAwait(false);
        }

        return delivered;
    }
}
