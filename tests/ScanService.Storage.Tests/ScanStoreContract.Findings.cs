using ScanService.Model;
using ScanService.Storage.Tests.Support;
using ScanService.Store;

namespace ScanService.Storage.Tests;

/// <summary>The history that pattern and compliance rules read, and their alerts: replaced per night, never added to.</summary>
public abstract partial class ScanStoreContract
{
    private static readonly PatternAlert Crowded = new("crowded-address", 2, "k-premises-1", "postcode M5 …",
        new[] { "benefit-claims/B1", "crime-records/C1", "crime-records/C2" }, 3, "3 distinct people …");

    private static ComplianceAlert Overdue(string recordId, DateOnly due) =>
        new("nrm-without-crime", 1, "nrm-referrals", recordId, due, $"{recordId} has no crime record");

    private static RecordKey Key(DateOnly night, string recordId, RecordKeyKind kind, string value, DateOnly? recordDate = null) =>
        new(night, "nrm-referrals", recordId, recordDate, "person-" + recordId, kind, value, kind == RecordKeyKind.Phone ? "phone …123" : value);

    private async Task<long> CompleteWithFindingsAsync(
        IScanStore store, DateOnly night, RecordKey[] history, PatternAlert[] patterns, ComplianceAlert[] compliance, DateOnly? keepFrom = null)
    {
        var runId = await store.StartRunAsync(night, At(night, 1), "rules-v1", CancellationToken.None);
        await store.CompleteRunAsync(
            new RunCompletion(runId, night, At(night, 2), [TestAlerts.Source("nrm-referrals")], [])
            {
                History = history,
                Patterns = patterns,
                Compliance = compliance,
                KeepHistoryFrom = keepFrom,
            },
            CancellationToken.None);
        return runId;
    }

    [Test]
    public async Task History_of_earlier_nights_is_read_back_exactly_and_tonight_is_not_included()
    {
        var store = await MigratedStoreAsync();
        var march1 = new[]
        {
            Key(March1, "R1", RecordKeyKind.Record, "", March1.AddDays(-1)),
            Key(March1, "R1", RecordKeyKind.Phone, "hash-phone-1"),
            Key(March1, "R2", RecordKeyKind.Phone, "hash-phone-2"),
            Key(March1, "R1", RecordKeyKind.Premises, "hash-premises-1", March1.AddDays(-2)),
            Key(March1, "R1", RecordKeyKind.Reference, "NRM-9") with { Source = "crime-records" },
            Key(March1, "R3", RecordKeyKind.Record, "") with { Source = "helpline-reports" },
            // Text that only looks like a digest stays text; a long value is read back whole.
            Key(March1, "R4", RecordKeyKind.Reference, "0123456789ABCDEF0123456789ABCDEF") with { Source = "crime-records" },
            Key(March1, "R5", RecordKeyKind.Reference, "NRM-" + new string('7', 400)) with { Source = "crime-records" },
        };
        await CompleteWithFindingsAsync(store, March1, march1, [], []);
        await CompleteWithFindingsAsync(store, March2, [Key(March2, "R2", RecordKeyKind.Record, "")], [], []);

        var beforeMarch2 = await store.GetHistoryAsync(March2, CancellationToken.None);

        beforeMarch2.ShouldBe(march1, ignoreOrder: true);
        (await store.GetHistoryAsync(March3, CancellationToken.None)).Count.ShouldBe(march1.Length + 1);
    }

    [Test]
    public async Task A_history_scope_reads_only_recent_pattern_keys_every_reference_and_the_records_of_the_followed_sources()
    {
        var store = await MigratedStoreAsync();
        await CompleteWithFindingsAsync(store, March1,
        [
            Key(March1, "OLD", RecordKeyKind.Phone, "hash-old"),
            Key(March1, "REF", RecordKeyKind.Reference, "NRM-1") with { Source = "crime-records" },
            Key(March1, "N1", RecordKeyKind.Record, ""),
            Key(March1, "H1", RecordKeyKind.Record, "") with { Source = "helpline-reports" },
        ], [], []);
        await CompleteWithFindingsAsync(store, March2, [Key(March2, "NEW", RecordKeyKind.Premises, "hash-new")], [], []);

        var scoped = await store.GetHistoryAsync(March3, CancellationToken.None, new HistoryScope(March2, ["nrm-referrals"]));
        var noSources = await store.GetHistoryAsync(March3, CancellationToken.None, new HistoryScope(March2, []));

        var twoSources = await store.GetHistoryAsync(March3, CancellationToken.None, new HistoryScope(March2, ["nrm-referrals", "helpline-reports"]));

        scoped.Select(k => k.RecordId).ShouldBe(["REF", "N1", "NEW"], ignoreOrder: true);
        noSources.Select(k => k.RecordId).ShouldBe(["REF", "NEW"], ignoreOrder: true);
        twoSources.Select(k => k.RecordId).ShouldBe(["REF", "N1", "H1", "NEW"], ignoreOrder: true);
    }

    [Test]
    public async Task A_rerun_of_a_night_replaces_its_history_and_findings_instead_of_adding_to_them()
    {
        var store = await MigratedStoreAsync();
        await CompleteWithFindingsAsync(store, March1, [Key(March1, "R1", RecordKeyKind.Record, ""), Key(March1, "R2", RecordKeyKind.Record, "")],
            [Crowded], [Overdue("R1", March1)]);

        var rerun = await CompleteWithFindingsAsync(store, March1, [Key(March1, "R1", RecordKeyKind.Record, "")], [Crowded], [Overdue("R1", March1)]);

        (await store.GetHistoryAsync(March2, CancellationToken.None)).Select(k => k.RecordId).ShouldBe(["R1"]);
        var findings = await store.GetFindingsAsync(rerun, CancellationToken.None);
        var pattern = findings.Patterns.ShouldHaveSingleItem().Alert;
        pattern.ShouldBe(Crowded with { Members = pattern.Members });
        pattern.Members.ShouldBe(Crowded.Members);
        findings.Compliance.ShouldHaveSingleItem().Alert.ShouldBe(Overdue("R1", March1));
        findings.Patterns[0].Status.ShouldBe(AlertStatus.New);
    }

    [Test]
    public async Task A_finding_open_on_an_earlier_night_is_a_repeat_with_its_first_seen_date()
    {
        var store = await MigratedStoreAsync();
        await CompleteWithFindingsAsync(store, March1, [], [Crowded], [Overdue("R1", March1)]);

        var second = await CompleteWithFindingsAsync(store, March2, [], [Crowded], [Overdue("R1", March1), Overdue("R2", March2)]);

        var findings = await store.GetFindingsAsync(second, CancellationToken.None);
        findings.Patterns.ShouldHaveSingleItem().Status.ShouldBe(AlertStatus.Repeat);
        findings.Patterns[0].FirstSeenDate.ShouldBe(March1);
        findings.Compliance.Select(c => (c.Alert.RecordId, c.Status, c.FirstSeenDate))
            .ShouldBe([("R1", AlertStatus.Repeat, March1), ("R2", AlertStatus.New, March2)]);
    }

    [Test]
    public async Task Findings_open_on_the_previous_night_and_gone_tonight_are_reported_closed()
    {
        var store = await MigratedStoreAsync();
        await CompleteWithFindingsAsync(store, March1, [], [Crowded], [Overdue("R1", March1), Overdue("R2", March1)]);

        var second = await CompleteWithFindingsAsync(store, March2, [], [], [Overdue("R2", March1)]);

        var findings = await store.GetFindingsAsync(second, CancellationToken.None);
        findings.ClosedCompliance.ShouldHaveSingleItem().Alert.RecordId.ShouldBe("R1");
        findings.ClosedPatterns.ShouldHaveSingleItem().Alert.PatternKey.ShouldBe(Crowded.PatternKey);
        findings.Compliance.ShouldHaveSingleItem().Alert.RecordId.ShouldBe("R2");
    }

    [Test]
    public async Task Each_run_deletes_history_older_than_the_retention_and_purge_deletes_it_too()
    {
        var store = await MigratedStoreAsync();
        await CompleteWithFindingsAsync(store, March1, [Key(March1, "R1", RecordKeyKind.Record, "")], [], []);
        await CompleteWithFindingsAsync(store, March2, [Key(March2, "R2", RecordKeyKind.Record, "")], [], []);

        await CompleteWithFindingsAsync(store, March3, [Key(March3, "R3", RecordKeyKind.Record, "")], [], [], keepFrom: March2);

        (await store.GetHistoryAsync(March3.AddDays(1), CancellationToken.None)).Select(k => k.RecordId).ShouldBe(["R2", "R3"], ignoreOrder: true);
        var purged = await store.PurgeAsync(new PurgeRequest(March3, At(March3, 5), "tester", At(March3, 5)), CancellationToken.None);
        purged.HistoryRows.ShouldBe(1);
        (await store.GetHistoryAsync(March3.AddDays(1), CancellationToken.None)).Select(k => k.RecordId).ShouldBe(["R3"]);
    }
}
