using ScanService.Model;

namespace ScanService.Storage.Tests;

/// <summary>The audit log: who was sent or given what. Append-only, read back exactly, oldest first.</summary>
public abstract partial class ScanStoreContract
{
    [Test]
    public async Task An_audit_entry_round_trips_with_its_recipients_alert_ids_and_detail()
    {
        var store = await MigratedStoreAsync();
        var entry = AuditEntry.New(
            new DateTimeOffset(2024, 3, 2, 7, 15, 30, 250, TimeSpan.FromHours(1)), AuditAction.DigestWritten, "svc-scan", runId: 12, rowCount: 3,
            recipients: ["analysts@unit.example", "dsu@unit.example"], alertIds: [101, 102, 1_000_000_007], detail: "outbox/digest-2024-03-01-run12.eml");

        var id = await store.RecordAuditAsync(entry, CancellationToken.None);

        var read = (await store.GetAuditAsync(At(March1, 0), null, 0, 10, CancellationToken.None)).ShouldHaveSingleItem();
        read.Id.ShouldBe(id);
        read.OccurredAt.ShouldBe(entry.OccurredAt);
        read.Action.ShouldBe(AuditAction.DigestWritten);
        read.Actor.ShouldBe("svc-scan");
        read.RunId.ShouldBe(12);
        read.RowCount.ShouldBe(3);
        read.Recipients.ShouldBe(entry.Recipients);
        read.AlertIds.ShouldBe(entry.AlertIds);
        read.Detail.ShouldBe(entry.Detail);
    }

    [Test]
    public async Task An_audit_entry_without_run_counts_or_lists_reads_back_empty()
    {
        var store = await MigratedStoreAsync();

        await store.RecordAuditAsync(AuditEntry.New(At(March1, 9), AuditAction.DataPurged, "operator"), CancellationToken.None);

        var read = (await store.GetAuditAsync(At(March1, 0), null, 0, 10, CancellationToken.None)).ShouldHaveSingleItem();
        read.RunId.ShouldBeNull();
        read.RowCount.ShouldBeNull();
        read.Recipients.ShouldBeEmpty();
        read.AlertIds.ShouldBeEmpty();
        read.Detail.ShouldBeNull();
    }

    [Test]
    public async Task Audit_entries_are_listed_oldest_first_within_the_period_a_page_at_a_time()
    {
        var store = await MigratedStoreAsync();
        // Recorded out of order, and with different offsets: order is by instant.
        foreach (var (hour, offset) in new[] { (9, 0), (3, 0), (8, 2), (1, 0), (23, 0) })
        {
            var at = new DateTimeOffset(2024, 3, 2, hour, 0, 0, TimeSpan.FromHours(offset));
            await store.RecordAuditAsync(AuditEntry.New(at, AuditAction.AlertsExported, $"user-{hour}"), CancellationToken.None);
        }

        var since = new DateTimeOffset(2024, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var until = new DateTimeOffset(2024, 3, 2, 12, 0, 0, TimeSpan.Zero);
        var all = await store.GetAuditAsync(since, until, 0, 10, CancellationToken.None);
        var secondPage = await store.GetAuditAsync(since, until, 2, 2, CancellationToken.None);

        all.Select(e => e.Actor).ShouldBe(["user-3", "user-8", "user-9"]);
        secondPage.Select(e => e.Actor).ShouldBe(["user-9"]);
    }
}
