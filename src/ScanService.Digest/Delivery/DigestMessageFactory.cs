using System.Globalization;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using ScanService.Digest.Content;
using ScanService.Digest.Rendering;
using ScanService.Notify;

namespace ScanService.Digest.Delivery;

/// <summary>
/// Builds the digest email (multipart/alternative: plain text, then HTML as the richer choice) independently of
/// how it is delivered, so the pickup-folder and SMTP publishers send the same message.
/// </summary>
internal sealed class DigestMessageFactory
{
    /// <summary>Lets mail rules and operators tie a message back to its run without opening it.</summary>
    public const string RunIdHeader = "X-ScanService-Run-Id";

    private readonly DigestOptions _options;
    private readonly DigestBuilder _builder;
    private readonly TextDigestRenderer _text = new();
    private readonly HtmlDigestRenderer _html = new();

    public DigestMessageFactory(DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _builder = new DigestBuilder(options.MaxLinksInBody);
    }

    /// <summary>Names the team a routed digest was cut for, so mail rules can file it.</summary>
    public const string TeamHeader = "X-ScanService-Team";

    /// <summary>The full digest to <see cref="DigestOptions.To"/>. The caller owns (and disposes) the message.</summary>
    public MailMessage Create(DigestInput input) => Create(input, _options.To, team: null);

    /// <summary>A digest to <paramref name="recipients"/>; <paramref name="team"/> when it holds one team's alerts only.</summary>
    public MailMessage Create(DigestInput input, IEnumerable<string> recipients, string? team)
    {
        var document = _builder.Build(input);
        var message = new MailMessage
        {
            From = new MailAddress(_options.From),
            Subject = DigestWording.Subject(document),
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };

        try
        {
            foreach (var to in recipients)
            {
                message.To.Add(new MailAddress(to));
            }

            message.Headers.Add(RunIdHeader, document.RunId.ToString(CultureInfo.InvariantCulture));
            if (team is not null)
            {
                message.Headers.Add(TeamHeader, team);
            }

            // Masked values hold '·' and '…', so both parts are UTF-8; System.Net.Mail then base64-encodes them,
            // which every client decodes and which keeps CRLFs intact (its quoted-printable does not).
            message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(
                _text.Render(document), Encoding.UTF8, MediaTypeNames.Text.Plain));
            message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(
                _html.Render(document), Encoding.UTF8, MediaTypeNames.Text.Html));
            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }
}
