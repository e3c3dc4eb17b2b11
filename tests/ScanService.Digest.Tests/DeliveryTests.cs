using System.Net.Mail;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ScanService.Digest.Delivery;
using ScanService.Digest.Tests.Support;
using ScanService.Notify;

namespace ScanService.Digest.Tests;

/// <summary>Delivery settings, team routing, the operators' notice and the relay's certificate trust.</summary>
public class DeliveryTests
{
    [Test]
    public void Smtp_delivery_problems_are_all_reported_with_the_rest()
    {
        var options = DigestOptionsTests.Valid();
        options.Delivery = "smtp";
        options.Smtp = new SmtpOptions { Host = "", Port = 0, UserName = "scan", StartTls = false, TrustedCertificateFile = "/no/such/ca.pem" };
        options.Teams["North Exploitation Team"] = [];
        options.Teams["Labour"] = ["not-an-address"];
        options.Operators = ["ops"];

        var problems = options.Validate();

        problems.ShouldBe(
        [
            "Digest:Smtp:Host is required when Digest:Delivery is smtp.",
            "Digest:Smtp:Port must be between 1 and 65535 (was 0).",
            "Digest:Smtp:UserName and Digest:Smtp:Password go together: give both or neither.",
            "Digest:Smtp:StartTls must be true when authenticating (the password would cross the network in clear).",
            "Digest:Smtp:TrustedCertificateFile '/no/such/ca.pem' does not exist.",
            "Digest:Teams:North Exploitation Team needs at least one address.",
            "Digest:Teams:Labour:0 'not-an-address' is not a valid email address.",
            "Digest:Operators:0 'ops' is not a valid email address.",
        ]);
    }

    [Test]
    public void An_unknown_delivery_is_refused_and_pickup_stays_the_default()
    {
        new DigestOptions().Delivery.ShouldBe("pickup");
        var options = DigestOptionsTests.Valid();
        options.Delivery = "carrier-pigeon";

        options.Validate().ShouldBe(["Digest:Delivery 'carrier-pigeon' is not supported (supported: pickup, smtp)."]);
    }

    [Test]
    public void A_team_digest_holds_only_the_alerts_of_the_teams_own_investigations()
    {
        var night = new DigestInputBuilder()
            .Investigation("INV-1", "North Exploitation Team")
            .Investigation("INV-2", "Labour Exploitation Team")
            .NewLink("INV-1", "nrm-referrals", "R1", 12)
            .NewLink("INV-2", "nrm-referrals", "R2", 12)
            .RepeatLink("INV-2", "helpline-reports", "H1")
            .Build();

        var north = TeamDigests.For(night, "north exploitation team ");

        north.Alerts.Select(a => a.Alert.RecordId).ShouldBe(["R1"]);
        north.Investigations.Keys.ShouldBe(["INV-1"]);
        TeamDigests.For(night, "Labour Exploitation Team").Alerts.Select(a => a.Alert.RecordId).ShouldBe(["R2", "H1"], ignoreOrder: true);
        TeamDigests.FileSafe("North Exploitation Team").ShouldBe("north-exploitation-team");
    }

    [Test]
    public async Task Routed_delivery_sends_the_full_digest_to_coordinators_and_each_team_its_own()
    {
        var options = DigestOptionsTests.Valid();
        options.Teams["North"] = ["north@unit.example"];
        var transport = new RecordingTransport();
        var night = new DigestInputBuilder().Investigation("INV-1", "North").Investigation("INV-2", "South")
            .NewLink("INV-1", "nrm-referrals", "R1", 12).NewLink("INV-2", "nrm-referrals", "R2", 12).Build();

        var delivered = await new RoutedDigestPublisher(options, transport).PublishAsync(night, CancellationToken.None);

        delivered.ShouldBe(transport.Sent[0].FileName);
        transport.Sent.Count.ShouldBe(2);
        transport.Sent[0].To.ShouldBe(["analysts@unit.example", "duty@unit.example"]);
        transport.Sent[0].Team.ShouldBeNull();
        transport.Sent[1].To.ShouldBe(["north@unit.example"]);
        transport.Sent[1].Team.ShouldBe("North");
        transport.Sent[1].FileName.ShouldEndWith("-team-north.eml");
        transport.Sent[1].Body.ShouldContain("INV-1");
        transport.Sent[1].Body.ShouldNotContain("INV-2");
    }

    [Test]
    public async Task The_operators_notice_names_date_run_reason_and_missing_sources_only()
    {
        var options = DigestOptionsTests.Valid();
        options.Operators = ["ops@unit.example"];
        var transport = new RecordingTransport();
        var mailer = new FailureNoticeMailer(options, transport);

        await mailer.NotifyAsync(new FailureNotice(new DateOnly(2026, 11, 23), 42, null, ["police-intelligence", "nrm-referrals"]), CancellationToken.None);

        var sent = transport.Sent.ShouldHaveSingleItem();
        sent.To.ShouldBe(["ops@unit.example"]);
        sent.Subject.ShouldBe("ScanService 2026-11-23: 2 expected source(s) missing");
        sent.FileName.ShouldBe("notice-2026-11-23-run42.eml");
        sent.Body.ShouldContain("Run id: 42");
        sent.Body.ShouldContain("Missing sources: police-intelligence, nrm-referrals");
        sent.Body.ShouldNotContain("Reason:");
    }

    [Test]
    public async Task Without_operator_addresses_no_notice_is_sent()
    {
        var transport = new RecordingTransport();

        await new FailureNoticeMailer(DigestOptionsTests.Valid(), transport)
            .NotifyAsync(new FailureNotice(new DateOnly(2026, 11, 23), null, "database down", []), CancellationToken.None);

        transport.Sent.ShouldBeEmpty();
    }

    [Test]
    public void A_relay_certificate_is_trusted_only_when_it_chains_to_a_configured_certificate_and_never_with_a_wrong_name()
    {
        using var relay = SelfSigned("CN=relay-" + Guid.NewGuid().ToString("N"));
        using var other = SelfSigned("CN=other-" + Guid.NewGuid().ToString("N"));
        using var folder = new TempDirectory();

        TrustedServerCertificates.Trust(WritePem(folder, "other.pem", other));
        TrustedServerCertificates.Validate(this, relay, null, SslPolicyErrors.RemoteCertificateChainErrors).ShouldBeFalse();

        TrustedServerCertificates.Trust(WritePem(folder, "relay.pem", relay));
        TrustedServerCertificates.Validate(this, relay, null, SslPolicyErrors.RemoteCertificateChainErrors).ShouldBeTrue();
        TrustedServerCertificates.Validate(this, relay, null,
            SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch).ShouldBeFalse();
        TrustedServerCertificates.Validate(this, null, null, SslPolicyErrors.RemoteCertificateNotAvailable).ShouldBeFalse();
    }

    [TestCase(SmtpStatusCode.ServiceNotAvailable, true)]
    [TestCase(SmtpStatusCode.MailboxBusy, true)]
    [TestCase(SmtpStatusCode.GeneralFailure, true)]
    [TestCase(SmtpStatusCode.MustIssueStartTlsFirst, false)]
    [TestCase(SmtpStatusCode.CommandNotImplemented, false)]
    public void Only_temporary_relay_failures_are_retried(SmtpStatusCode status, bool transient) =>
        SmtpRelay.IsTransient(new SmtpException(status)).ShouldBe(transient);

    private static X509Certificate2 SelfSigned(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    private static string WritePem(TempDirectory folder, string name, X509Certificate2 certificate)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, certificate.ExportCertificatePem());
        return path;
    }

    private sealed class RecordingTransport : IMailTransport
    {
        public List<(string FileName, string[] To, string? Team, string Subject, string Body)> Sent { get; } = [];

        public Task<string> SendAsync(MailMessage message, string fileName, CancellationToken cancellationToken)
        {
            var body = message.AlternateViews.Count > 0
                ? string.Concat(message.AlternateViews.Select(v => new StreamReader(v.ContentStream).ReadToEnd()))
                : message.Body;
            Sent.Add((fileName, [.. message.To.Select(a => a.Address)], message.Headers[DigestMessageFactory.TeamHeader], message.Subject, body));
            return Task.FromResult(fileName);
        }
    }
}
