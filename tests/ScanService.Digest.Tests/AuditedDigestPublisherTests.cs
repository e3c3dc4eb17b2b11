using ScanService.Digest.Tests.Support;
using ScanService.Model;

namespace ScanService.Digest.Tests;

public class AuditedDigestPublisherTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 15, 6, 0, 0, TimeSpan.Zero);

    private static DigestOptions Options(int maxLinksInBody = DigestOptions.DefaultMaxLinksInBody) => new()
    {
        From = "scanservice@unit.example",
        To = ["analysts@unit.example", "dsu@unit.example"],
        MaxLinksInBody = maxLinksInBody,
    };

    [Test]
    public async Task A_delivered_digest_is_recorded_with_its_recipients_run_and_the_alerts_it_listed()
    {
        var audit = new RecordingAuditLog();
        var publisher = new AuditedDigestPublisher(new StubDigestPublisher(), audit, Options(), new FixedClock(Now), "svc-scan");

        var delivered = await publisher.PublishAsync(SampleNight.Create(), CancellationToken.None);

        delivered.ShouldBe(StubDigestPublisher.Delivered);
        var entry = audit.Entries.ShouldHaveSingleItem();
        entry.Action.ShouldBe(AuditAction.DigestWritten);
        entry.OccurredAt.ShouldBe(Now);
        entry.Actor.ShouldBe("svc-scan");
        entry.RunId.ShouldBe(42);
        entry.Recipients.ShouldBe(["analysts@unit.example", "dsu@unit.example"]);
        var newAlertIds = SampleNight.Create().Alerts.Where(a => a.Status == AlertStatus.New).Select(a => a.AlertId);
        entry.AlertIds.ShouldBe(newAlertIds, ignoreOrder: true);
        entry.RowCount.ShouldBe(entry.AlertIds.Count);
        entry.Detail.ShouldBe(StubDigestPublisher.Delivered);
    }

    [Test]
    public async Task Only_the_alerts_whose_details_fitted_in_the_capped_body_are_recorded_as_sent()
    {
        var builder = new DigestInputBuilder().Investigation("INV-1", "North");
        for (var i = 1; i <= 5; i++)
        {
            builder.NewLink("INV-1", "nrm-referrals", $"R{i}", 20.0 - i);
        }

        var audit = new RecordingAuditLog();
        var publisher = new AuditedDigestPublisher(new StubDigestPublisher(), audit, Options(maxLinksInBody: 2), new FixedClock(Now), "svc-scan");

        await publisher.PublishAsync(builder.Build(), CancellationToken.None);

        audit.Entries.ShouldHaveSingleItem().AlertIds.Count.ShouldBe(2);
    }

    [Test]
    public async Task A_digest_that_was_not_delivered_is_not_recorded()
    {
        var audit = new RecordingAuditLog();
        var publisher = new AuditedDigestPublisher(
            new StubDigestPublisher(new IOException("disk full")), audit, Options(), new FixedClock(Now), "svc-scan");

        await Should.ThrowAsync<IOException>(() => publisher.PublishAsync(SampleNight.Create(), CancellationToken.None));

        audit.Entries.ShouldBeEmpty();
    }
}
