using System.Net.Mail;

namespace ScanService.Digest.Delivery;

/// <summary>How a finished message leaves the service: a pickup folder or an SMTP relay.</summary>
public interface IMailTransport
{
    /// <param name="fileName">The name a folder-based transport keeps the message under; a relay ignores it.</param>
    /// <returns>Where the message went, for the run record and the audit log.</returns>
    Task<string> SendAsync(MailMessage message, string fileName, CancellationToken cancellationToken);
}
