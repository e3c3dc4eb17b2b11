using System.Net;
using ScanService.Digest.Tests.Support;

namespace ScanService.Digest.Tests;

public class PickupFolderDigestPublisherTests
{
    private TempDirectory _temp = null!;
    private string _outbox = null!;

    [SetUp]
    public void CreateOutbox()
    {
        _temp = new TempDirectory();
        _outbox = Path.Combine(_temp.Path, "outbox");
    }

    [TearDown]
    public void RemoveOutbox() => _temp.Dispose();

    [Test]
    public async Task The_digest_is_written_as_a_named_eml_file_in_a_new_outbox_folder()
    {
        var path = await Publisher().PublishAsync(SampleNight.Create(), CancellationToken.None);

        path.ShouldBe(Path.Combine(_outbox, "digest-2025-03-14-run42.eml"));
        File.Exists(path).ShouldBeTrue();
    }

    [Test]
    public async Task The_file_is_a_multipart_alternative_message_with_the_digest_subject()
    {
        var eml = EmlFile.Load(await Publisher().PublishAsync(SampleNight.Create(), CancellationToken.None));

        eml.Subject.ShouldBe("OFFICIAL-SENSITIVE: ScanService digest 2025-03-14 — 6 new links");
        eml.Headers["Content-Type"].ShouldStartWith("multipart/alternative;");
        eml.Headers["From"].ShouldBe("scanservice@unit.example");
        eml.Headers["To"].ShouldBe("analysts@unit.example, \"Duty Analyst\" <duty@unit.example>");
        eml.Headers["X-ScanService-Run-Id"].ShouldBe("42");
        eml.Parts.Select(p => p.MediaType).ShouldBe(["text/plain", "text/html"]);
    }

    [Test]
    public async Task Both_parts_decode_to_the_digest_with_masked_values()
    {
        var eml = EmlFile.Load(await Publisher().PublishAsync(SampleNight.Create(), CancellationToken.None));

        var text = eml.Part("text/plain").Text;
        text.ShouldStartWith("OFFICIAL-SENSITIVE\r\n");
        text.ShouldContain(SampleNight.KestrelRecordMasked);
        text.ShouldContain("helpline-reports (helpline-reports.csv)");

        var html = eml.Part("text/html").Text;
        html.ShouldStartWith("<!DOCTYPE html>");
        WebUtility.HtmlDecode(html).ShouldContain(SampleNight.KestrelRecordMasked);
        WebUtility.HtmlDecode(html).ShouldContain("name: +6.0 (exact) · date_of_birth: +5.0 (exact) · total 11.0 ≥ 9.0");
    }

    [Test]
    public async Task Other_files_in_the_outbox_are_left_alone_and_no_staging_folder_remains()
    {
        Directory.CreateDirectory(_outbox);
        var earlier = new[] { "0b6f1e8a-1d2c-4c1e-9a7b-1b2c3d4e5f60.eml", "digest-2025-03-13-run41.eml" };
        foreach (var name in earlier)
        {
            await File.WriteAllTextAsync(Path.Combine(_outbox, name), $"earlier {name}");
        }

        var path = await Publisher().PublishAsync(SampleNight.Create(), CancellationToken.None);

        Directory.GetFiles(_outbox).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe([.. earlier, "digest-2025-03-14-run42.eml"]);
        foreach (var name in earlier)
        {
            (await File.ReadAllTextAsync(Path.Combine(_outbox, name))).ShouldBe($"earlier {name}");
        }

        Directory.GetDirectories(_outbox).ShouldBeEmpty();
        EmlFile.Load(path).Subject.ShouldEndWith("6 new links");
    }

    [Test]
    public async Task Publishing_the_same_run_again_replaces_its_file()
    {
        var publisher = Publisher();
        await publisher.PublishAsync(new DigestInputBuilder().Build(), CancellationToken.None);

        var path = await publisher.PublishAsync(SampleNight.Create(), CancellationToken.None);

        Directory.GetFiles(_outbox).ShouldBe([path]);
        EmlFile.Load(path).Subject.ShouldEndWith("6 new links");
    }

    [Test]
    public async Task A_cancelled_publish_writes_nothing()
    {
        await Should.ThrowAsync<OperationCanceledException>(() => Publisher().PublishAsync(SampleNight.Create(), new CancellationToken(canceled: true)));

        Directory.Exists(_outbox).ShouldBeFalse();
    }

    [Test]
    public void Invalid_options_are_refused_with_every_problem_listed()
    {
        var options = new DigestOptions { From = "", To = [], OutboxDirectory = _outbox };

        var error = Should.Throw<ArgumentException>(() => new PickupFolderDigestPublisher(options));

        error.Message.ShouldContain("Digest:From is required");
        error.Message.ShouldContain("Digest:To needs at least one recipient address.");
    }

    private PickupFolderDigestPublisher Publisher()
    {
        var options = DigestOptionsTests.Valid();
        options.OutboxDirectory = _outbox;
        return new PickupFolderDigestPublisher(options);
    }
}
