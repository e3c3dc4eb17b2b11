using System.Globalization;
using System.Net.Mail;
using System.Text;
using ScanService.Notify;

namespace ScanService.Digest.Delivery;

/// <summary>
/// Emails operators (<c>Digest:Operators</c>) a short plain-text notice when a night failed or expected exports
/// were missing: run date, run id, reason, missing source names. Nothing about any person, so it may go to a
/// wider audience than the digest. Without operator addresses nothing is sent.
/// </summary>
public sealed class FailureNoticeMailer : IFailureNotifier
{
    private readonly DigestOptions _options;
    private readonly IMailTransport _transport;

    public FailureNoticeMailer(DigestOptions options, IMailTransport transport)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(transport);
        _options = options;
        _transport = transport;
    }

    public async Task NotifyAsync(FailureNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (_options.Operators.Count == 0)
        {
            return;
        }

        using var message = Create(notice);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"notice-{notice.RunDate:yyyy-MM-dd}-run{notice.RunId?.ToString(CultureInfo.InvariantCulture) ?? "none"}.eml");
        await _transport.SendAsync(message, fileName, cancellationToken).ConfigureAwait(false);
    }

    internal MailMessage Create(FailureNotice notice)
    {
        var date = notice.RunDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var what = notice.RunFailed ? "run FAILED" : $"{notice.MissingSources.Count} expected source(s) missing";
        var message = new MailMessage
        {
            From = new MailAddress(_options.From),
            Subject = $"ScanService {date}: {what}",
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            Body = Body(notice, date),
            IsBodyHtml = false,
        };
        foreach (var to in _options.Operators)
        {
            message.To.Add(new MailAddress(to));
        }

        message.Headers.Add(DigestMessageFactory.RunIdHeader, notice.RunId?.ToString(CultureInfo.InvariantCulture) ?? "none");
        return message;
    }

    private static string Body(FailureNotice notice, string date)
    {
        var body = new StringBuilder()
            .Append("Run date: ").AppendLine(date)
            .Append("Run id: ").AppendLine(notice.RunId?.ToString(CultureInfo.InvariantCulture) ?? "none (the run could not be recorded)")
            .Append("Outcome: ").AppendLine(notice.RunFailed ? "did not complete as it should" : "completed without some expected sources");
        if (notice.Reason is not null)
        {
            body.Append("Reason: ").AppendLine(notice.Reason);
        }

        if (notice.MissingSources.Count > 0)
        {
            body.Append("Missing sources: ").AppendLine(string.Join(", ", notice.MissingSources));
        }

        return body.AppendLine()
            .AppendLine(notice.RunFailed
                ? "Fix the cause, then rerun: scan run --date " + date + " (a rerun replaces the night's alerts and sends any digest still owed)"
                : "The other sources were scanned. When the missing exports arrive, rerun: scan run --date " + date)
            .ToString();
    }
}
