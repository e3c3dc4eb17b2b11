using System.Net.Mail;

namespace ScanService.Digest.Delivery;

/// <summary>
/// Writes complete <c>.eml</c> messages into a folder (an outbox, or a mail server's pickup directory) under a
/// chosen name; writing the same name again replaces the file.
/// </summary>
public sealed class PickupFolder : IMailTransport
{
    private readonly string _outbox;

    public PickupFolder(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);

        // SmtpClient accepts only an absolute pickup directory; resolving once also pins it against later
        // changes of the working directory.
        _outbox = Path.GetFullPath(directory);
    }

    /// <summary>Returns the full path of the written file.</summary>
    public async Task<string> SendAsync(MailMessage message, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(_outbox);
        var target = Path.Combine(_outbox, fileName);

        // SmtpClient names its file with a fresh GUID. Writing into a private staging folder tells us which
        // file is ours whatever else is in the outbox, and a pickup service watching the outbox never sees a
        // half-written file: it only appears by the rename. The folder sits inside the outbox so that rename
        // stays on one volume, where it is atomic.
        var staging = Directory.CreateDirectory(Path.Combine(_outbox, $".staging-{Guid.NewGuid():N}"));
        try
        {
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

    // A leftover empty staging folder is harmless; failing a delivered message, or hiding the real error of a
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
