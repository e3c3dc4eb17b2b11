using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ScanService.Digest.Tests.Support;
using ScanService.Testing;

namespace ScanService.Tests.Support;

/// <summary>
/// The real SMTP server started by <c>.ci/services/smtp.sh</c> (aiosmtpd: STARTTLS and AUTH required), found through
/// SCANSERVICE_TEST_SMTP_*. Missing or unreachable: a failure under CI=true, a skip with the reason locally.
/// Every message it accepts lands in its maildir with a record of the session (TLS? which user? envelope).
/// </summary>
internal sealed class TestSmtpServer
{
    private TestSmtpServer(string host, int port, string maildir, string certificate, string user, string password)
    {
        Host = host;
        Port = port;
        Maildir = maildir;
        Certificate = certificate;
        User = user;
        Password = password;
    }

    public string Host { get; }

    public int Port { get; }

    public string Maildir { get; }

    public string Certificate { get; }

    public string User { get; }

    public string Password { get; }

    public static TestSmtpServer OrSkip()
    {
        string Variable(string name) => Environment.GetEnvironmentVariable("SCANSERVICE_TEST_SMTP_" + name) ?? "";
        var (host, port) = (Variable("HOST"), Variable("PORT"));
        var portNumber = 0;
        if (host.Length == 0 || !int.TryParse(port, out portNumber))
        {
            Unavailable("SCANSERVICE_TEST_SMTP_HOST/PORT are not set (source .ci/services/smtp.sh to start a throwaway server)");
        }

        try
        {
            using var probe = new TcpClient();
            probe.Connect(host, portNumber);
        }
        catch (SocketException ex)
        {
            Unavailable($"nothing answers on {host}:{port}: {ex.Message}");
        }

        return new TestSmtpServer(host, portNumber, Variable("MAILDIR"), Variable("CERT"), Variable("USER"), Variable("PASSWORD"));
    }

    /// <summary>The <c>Digest</c> section that sends through this server, trusting its self-signed certificate.</summary>
    public object DigestSection(string to, IDictionary<string, string[]>? teams = null, string? operators = null) => new
    {
        Delivery = "smtp",
        From = "scanservice@unit.example",
        To = new[] { to },
        Teams = teams ?? new Dictionary<string, string[]>(),
        Operators = operators is null ? Array.Empty<string>() : new[] { operators },
        Smtp = new
        {
            Host,
            Port,
            StartTls = true,
            UserName = User,
            Password,
            TrustedCertificateFile = Certificate,
            Retry = new { MaxAttempts = 2, BaseDelaySeconds = 0.2, MaxDelaySeconds = 1, AttemptTimeoutSeconds = 20 },
        },
    };

    /// <summary>
    /// Polls the maildir (no sleeping as synchronisation: it returns as soon as the messages are there) until
    /// <paramref name="count"/> messages addressed to <paramref name="recipient"/> arrived, or fails after the timeout.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string recipient, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var received = Received().Where(m => m.Recipients.Contains(recipient, StringComparer.OrdinalIgnoreCase)).ToList();
            if (received.Count >= count || DateTime.UtcNow > deadline)
            {
                received.Count.ShouldBe(count, $"messages to {recipient} received by the SMTP server");
                return received;
            }

            await Task.Delay(50);
        }
    }

    private IEnumerable<ReceivedMail> Received() =>
        Directory.Exists(Maildir)
            ? Directory.GetFiles(Maildir, "*.json").Order(StringComparer.Ordinal).Select(ReceivedMail.Load)
            : [];

    private static void Unavailable(string reason)
    {
        if (TestServers.InCi)
        {
            Assert.Fail($"The SMTP server is required under CI=true and is not available: {reason}");
        }

        Assert.Ignore($"SMTP tests skipped: {reason}");
    }
}

/// <summary>One message as the server received it, with what the server saw of the session.</summary>
internal sealed record ReceivedMail(string Raw, bool Tls, bool Authenticated, string? AuthUser, IReadOnlyList<string> Recipients)
{
    public EmlFile Message => EmlFile.Parse(Raw);

    /// <summary>A message that is not multipart (the failure notice): its headers and decoded body.</summary>
    public (Dictionary<string, string> Headers, string Body) SinglePart()
    {
        var end = Raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? current = null;
        foreach (var line in Raw[..end].Split("\r\n"))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && current is not null)
            {
                headers[current] += " " + line.Trim();
            }
            else if (line.IndexOf(':') is var colon and > 0)
            {
                current = line[..colon];
                headers[current] = line[(colon + 1)..].Trim();
            }
        }

        var body = Raw[(end + 4)..];
        var decoded = headers.GetValueOrDefault("Content-Transfer-Encoding", "").Equals("base64", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))))
            : body;
        headers["Subject"] = EmlFile.DecodeEncodedWords(headers.GetValueOrDefault("Subject", ""));
        return (headers, decoded);
    }

    public static ReceivedMail Load(string jsonPath)
    {
        using var meta = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var root = meta.RootElement;
        var raw = File.ReadAllText(Path.ChangeExtension(jsonPath, ".eml"), Encoding.ASCII).ReplaceLineEndings("\r\n");
        return new ReceivedMail(
            raw,
            root.GetProperty("tls").GetBoolean(),
            root.GetProperty("authenticated").GetBoolean(),
            root.GetProperty("auth_user").GetString(),
            [.. root.GetProperty("rcpt_tos").EnumerateArray().Select(e => e.GetString()!)]);
    }
}
