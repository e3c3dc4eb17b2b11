using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Logging;
using Polly;
using ScanService.Resilience;

namespace ScanService.Digest.Delivery;

/// <summary>
/// Sends through the configured relay with System.Net.Mail: STARTTLS (<c>EnableSsl</c>), authentication when a
/// user is configured, and each send retried (Polly) when the relay refuses, times out or drops the connection.
/// </summary>
public sealed class SmtpRelay : IMailTransport
{
    private readonly SmtpOptions _options;
    private readonly ResiliencePipeline _retry;

    public SmtpRelay(SmtpOptions options, ILogger logger, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        if (!string.IsNullOrWhiteSpace(options.TrustedCertificateFile))
        {
            TrustedServerCertificates.Trust(options.TrustedCertificateFile);
        }

        _retry = RetryPipelines.Create(options.Retry, "SMTP send", IsTransient, logger, clock);
    }

    public string Address => string.Create(CultureInfo.InvariantCulture, $"smtp://{_options.Host}:{_options.Port}");

    public async Task<string> SendAsync(MailMessage message, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _retry.ExecuteAsync(async token =>
        {
            // A client per attempt: after a failed session SmtpClient's connection state is not to be trusted.
            using var client = new SmtpClient(_options.Host, _options.Port)
            {
                EnableSsl = _options.StartTls,
                DeliveryMethod = SmtpDeliveryMethod.Network,
                Timeout = (int)TimeSpan.FromSeconds(_options.Retry.AttemptTimeoutSeconds).TotalMilliseconds,
            };
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                client.Credentials = new NetworkCredential(_options.UserName, _options.Password);
            }

            await client.SendMailAsync(message, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return Address;
    }

    /// <summary>
    /// Worth another attempt: the relay busy or unavailable (4xx), the connection refused or dropped. A rejected
    /// login or recipient (5xx) will not improve by retrying.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        SmtpFailedRecipientException => false,
        SmtpException smtp => (int)smtp.StatusCode is >= 400 and < 500 || smtp.StatusCode == SmtpStatusCode.GeneralFailure ||
                              smtp.InnerException is IOException or System.Net.Sockets.SocketException,
        IOException or System.Net.Sockets.SocketException or TimeoutException => true,
        _ => false,
    };
}
