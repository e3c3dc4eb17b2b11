using System.Net.Mail;
using ScanService.Digest.Delivery;
using ScanService.Notify;

namespace ScanService.Digest;

/// <summary>
/// Writes the digest as a complete <c>.eml</c> message to the outbox folder, named
/// <c>digest-yyyy-MM-dd-run&lt;id&gt;.eml</c>, for a mail server's pickup directory or for an operator to open.
/// </summary>
public sealed class PickupFolderDigestPublisher : IDigestPublisher
{
    private readonly string _outbox;
    private readonly DigestMessageFactory _messages;

    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public PickupFolderDigestPublisher(DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "The digest options are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems),
                nameof(options));
        }

        // SmtpClient accepts only an absolute pickup directory; resolving once also pins it against later
        // changes of the working directory.
        _outbox = Path.GetFullPath(options.OutboxDirectory);
        _messages = new DigestMessageFactory(options);
    }

    /// <summary>Returns the full path of the written file. Publishing a run again replaces its file.</summary>
    public async Task<string> PublishAsync(DigestInput digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        cancellationToken.ThrowIfCancellationRequested();

        Directory.CreateDirectory(_outbox);
        var target = Path.Combine(_outbox, DigestFileName.For(digest.Run));

        // SmtpClient names its file with a fresh GUID. Writing into a private staging folder tells us which
        // file is ours whatever else is in the outbox, and a pickup service watching the outbox never sees a
        // half-written file: it only appears by the rename. The folder sits inside the outbox so that rename
        // stays on one volume, where it is atomic.
        var staging = Directory.CreateDirectory(Path.Combine(_outbox, $".staging-{Guid.NewGuid():N}"));
        try
        {
            using (var message = _messages.Create(digest))
            using (var client = new SmtpClient())
            {
                client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
                client.PickupDirectoryLocation = staging.FullName;
                await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
            }

            var written = staging.GetFiles("*.eml");
            if (written.Length != 1)
            {
                throw new InvalidOperationException(
                    $"Expected SmtpClient to write one .eml file to '{staging.FullName}', found {written.Length}.");
            }

            File.Move(written[0].FullName, target, overwrite: true);
            return target;
        }
        finally
        {
            RemoveStaging(staging);
        }
    }

    // A leftover empty staging folder is harmless; failing a delivered digest, or hiding the real error of a
    // failed one, because cleanup failed is not.
    private static void RemoveStaging(DirectoryInfo staging)
    {
        try
        {
            staging.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
