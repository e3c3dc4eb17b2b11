using System.Text.Json;
using ScanService.Tests.Support;

namespace ScanService.Tests;

/// <summary>
/// The digest and the failure notice sent over SMTP to the real server of .ci/services/smtp.sh (STARTTLS and AUTH
/// required), through the real command line, and read back as the server received them.
/// </summary>
[NonParallelizable]
public class SmtpDeliveryTests
{
    private static readonly string[] NorthInvestigations = ["INV-2026-014", "INV-2026-031"];
    private static readonly string[] OtherInvestigations = ["INV-2026-021", "INV-2026-027", "INV-2026-036"];

    private string _tag = "";

    // NUnit shares one fixture instance between tests: each test addresses its own recipients.
    [SetUp]
    public void NewRecipients() => _tag = Guid.NewGuid().ToString("N")[..10];

    [Test]
    public async Task The_coordinators_digest_arrives_over_STARTTLS_after_authenticating_with_both_parts_and_masked_details()
    {
        var smtp = TestSmtpServer.OrSkip();
        var coordinators = $"coordinators-{_tag}@unit.example";
        using var workspace = new ScanWorkspace();
        WriteSettings(workspace, new { Digest = smtp.DigestSection(coordinators) });

        var run = await workspace.RunAsync("2026-11-23");

        run.ExitCode.ShouldBe(0, run.Error);
        var mail = (await smtp.WaitForAsync(coordinators, 1)).Single();
        mail.Tls.ShouldBeTrue("the session was upgraded with STARTTLS before the message");
        mail.Authenticated.ShouldBeTrue();
        mail.AuthUser.ShouldBe(smtp.User);
        var message = mail.Message;
        message.Subject.ShouldStartWith("OFFICIAL-SENSITIVE: ScanService digest 2026-11-23 — ");
        message.Headers["From"].ShouldContain("scanservice@unit.example");
        message.Headers["To"].ShouldContain(coordinators);
        message.Headers["X-ScanService-Run-Id"].ShouldBe("1");
        var text = message.Part("text/plain").Text;
        var html = message.Part("text/html").Text;
        text.ShouldContain("NEW LINKS");
        html.ShouldContain("<html", Case.Insensitive);
        foreach (var reference in NorthInvestigations.Concat(OtherInvestigations.Skip(1)))
        {
            text.ShouldContain(reference);
        }

        var body = text + html;
        PrivacyTests.PersonalValues().Where(v => body.Contains(v, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
        run.Output.ShouldContain($"digest: smtp://{smtp.Host}:{smtp.Port}");
    }

    [Test]
    public async Task Each_team_receives_only_the_alerts_of_its_own_investigations()
    {
        var smtp = TestSmtpServer.OrSkip();
        var coordinators = $"coordinators-{_tag}@unit.example";
        var north = $"north-{_tag}@unit.example";
        var sexual = $"sexual-{_tag}@unit.example";
        using var workspace = new ScanWorkspace();
        WriteSettings(workspace, new
        {
            Digest = smtp.DigestSection(coordinators, new Dictionary<string, string[]>
            {
                ["North Exploitation Team"] = [north],
                ["Sexual Exploitation Team"] = [sexual],
            }),
        });

        var run = await workspace.RunAsync("2026-11-23");

        run.ExitCode.ShouldBe(0, run.Error);
        var northText = (await smtp.WaitForAsync(north, 1)).Single().Message;
        northText.Headers["X-ScanService-Team"].ShouldBe("North Exploitation Team");
        northText.Headers["To"].ShouldNotContain(coordinators);
        var northBody = northText.Part("text/plain").Text + northText.Part("text/html").Text;
        NorthInvestigations.ShouldContain(r => northBody.Contains(r));
        OtherInvestigations.Where(r => northBody.Contains(r)).ShouldBeEmpty();

        var sexualBody = (await smtp.WaitForAsync(sexual, 1)).Single().Message.Part("text/plain").Text;
        sexualBody.ShouldContain("INV-2026-027");
        NorthInvestigations.Where(r => sexualBody.Contains(r)).ShouldBeEmpty();
        (await smtp.WaitForAsync(coordinators, 1)).ShouldHaveSingleItem();
    }

    [Test]
    public async Task Operators_are_emailed_a_failure_notice_when_the_database_stays_unreachable_after_retries()
    {
        var smtp = TestSmtpServer.OrSkip();
        var operators = $"operators-{_tag}@unit.example";
        // Port 1 on the loopback: nothing listens, every connection is refused at once.
        using var workspace = new ScanWorkspace("postgres", "Host=127.0.0.1;Port=1;Timeout=2");
        WriteSettings(workspace, new
        {
            Scan = new { DatabaseRetry = new { MaxAttempts = 3, BaseDelaySeconds = 0.1, MaxDelaySeconds = 0.5, AttemptTimeoutSeconds = 10 } },
            Digest = smtp.DigestSection($"coordinators-{_tag}@unit.example", operators: operators),
        });

        var run = await workspace.RunAsync("2026-11-24");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("the database could not be used");
        var notice = (await smtp.WaitForAsync(operators, 1)).Single();
        notice.Tls.ShouldBeTrue();
        var (headers, body) = notice.SinglePart();
        headers["Subject"].ShouldBe("ScanService 2026-11-24: run FAILED");
        headers["Content-Type"].ShouldStartWith("text/plain");
        body.ShouldContain("Run date: 2026-11-24");
        body.ShouldContain("Reason: the database could not be used");
        body.ShouldContain("scan run --date 2026-11-24");
        var log = workspace.LogText();
        log.ShouldContain("database connection: attempt 1 of 3 failed");
        log.ShouldContain("database connection: attempt 2 of 3 failed");
        log.ShouldNotContain("attempt 3 of 3 failed");
    }

    private static void WriteSettings(ScanWorkspace workspace, object settings) =>
        File.WriteAllText(Path.Combine(workspace.Root, "appsettings.json"), JsonSerializer.Serialize(settings));
}
