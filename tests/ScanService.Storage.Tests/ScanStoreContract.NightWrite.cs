using ScanService.Model;
using ScanService.Storage.Tests.Support;
using ScanService.Store;

namespace ScanService.Storage.Tests;

/// <summary>A night written in steps: its history and findings while it is matched, the rest when it completes, all in one transaction.</summary>
public abstract partial class ScanStoreContract
{
    [Test]
    public async Task History_written_early_in_a_night_is_stored_with_the_night_when_it_completes()
    {
        var store = await MigratedStoreAsync();
        var runId = await store.StartRunAsync(March2, At(March2, 1), "rules-v1", CancellationToken.None);
        var tonight = new[] { Key(March2, "R1", RecordKeyKind.Phone, "hash-phone-1"), Key(March2, "R2", RecordKeyKind.Record, "") };

        IReadOnlyList<StoredLinkAlert> stored;
        await using (var night = await store.BeginNightAsync(runId, March2, CancellationToken.None))
        {
            await night.WriteHistoryAsync(tonight, keepHistoryFrom: null, CancellationToken.None);
            stored = await night.CompleteAsync(
                new RunCompletion(runId, March2, At(March2, 2), [TestAlerts.Source("nrm-referrals")], [TestAlerts.Link("REC-1")]),
                CancellationToken.None);
        }

        stored.Select(a => a.Alert.RecordId).ShouldBe(["REC-1"]);
        (await store.GetRunAsync(runId, CancellationToken.None))!.Status.ShouldBe(RunStatus.Completed);
        (await store.GetHistoryAsync(March3, CancellationToken.None)).ShouldBe(tonight, ignoreOrder: true);
    }

    [Test]
    public async Task A_night_write_left_without_completing_keeps_nothing_of_the_night_not_even_its_history()
    {
        var store = await MigratedStoreAsync();
        await CompleteWithFindingsAsync(store, March1, [Key(March1, "R0", RecordKeyKind.Phone, "hash-kept")], [], []);
        var runId = await store.StartRunAsync(March2, At(March2, 1), "rules-v1", CancellationToken.None);

        await using (var night = await store.BeginNightAsync(runId, March2, CancellationToken.None))
        {
            // Retention would delete March 1: rolled back with the rest.
            await night.WriteHistoryAsync([Key(March2, "R1", RecordKeyKind.Phone, "hash-lost")], keepHistoryFrom: March2, CancellationToken.None);
        }

        (await store.GetHistoryAsync(March3, CancellationToken.None)).Select(k => k.Value).ShouldBe(["hash-kept"]);
        var run = await store.GetRunAsync(runId, CancellationToken.None);
        run!.Status.ShouldBe(RunStatus.Running);
        // The database is free again: the night can be failed (or run again) at once.
        await store.FailRunAsync(runId, At(March2, 3), "matching failed", [], CancellationToken.None);
        (await store.GetRunAsync(runId, CancellationToken.None))!.Status.ShouldBe(RunStatus.Failed);
    }

    [Test]
    public async Task While_a_night_is_being_written_the_last_completed_night_can_still_be_read()
    {
        var store = await MigratedStoreAsync();
        var (firstRun, firstStored) = await RunNightAsync(store, March1, TestAlerts.Link("REC-1"));
        var runId = await store.StartRunAsync(March2, At(March2, 1), "rules-v1", CancellationToken.None);

        await using var night = await store.BeginNightAsync(runId, March2, CancellationToken.None);
        await night.WriteHistoryAsync([Key(March2, "R1", RecordKeyKind.Phone, "hash-phone-1")], keepHistoryFrom: null, CancellationToken.None);

        (await store.GetAlertsAsync(firstRun, CancellationToken.None)).ShouldBe(firstStored);
        (await store.GetLatestCompletedRunAsync(CancellationToken.None))!.Id.ShouldBe(firstRun);
    }

    [Test]
    public async Task Findings_written_early_in_a_night_are_stored_with_the_night_and_not_again_from_its_completion()
    {
        var store = await MigratedStoreAsync();
        await CompleteWithFindingsAsync(store, March1, [], [Crowded], []);
        var runId = await store.StartRunAsync(March2, At(March2, 1), "rules-v1", CancellationToken.None);

        await using (var night = await store.BeginNightAsync(runId, March2, CancellationToken.None))
        {
            await night.WriteHistoryAsync([], keepHistoryFrom: null, CancellationToken.None);
            await night.WriteFindingsAsync([Crowded], [Overdue("R1", March1)], CancellationToken.None);
            // Tonight's completion no longer carries the findings the writer has let go of.
            await night.CompleteAsync(new RunCompletion(runId, March2, At(March2, 2), [TestAlerts.Source("nrm-referrals")], []), CancellationToken.None);
        }

        var findings = await store.GetFindingsAsync(runId, CancellationToken.None);
        var pattern = findings.Patterns.ShouldHaveSingleItem();
        (pattern.Alert with { Members = Crowded.Members }).ShouldBe(Crowded);
        (pattern.Status, pattern.FirstSeenDate).ShouldBe((AlertStatus.Repeat, March1));
        findings.Compliance.ShouldHaveSingleItem().Alert.ShouldBe(Overdue("R1", March1));
    }

    [Test]
    public async Task Findings_written_in_a_night_left_without_completing_are_not_kept()
    {
        var store = await MigratedStoreAsync();
        var runId = await store.StartRunAsync(March2, At(March2, 1), "rules-v1", CancellationToken.None);

        await using (var night = await store.BeginNightAsync(runId, March2, CancellationToken.None))
        {
            await night.WriteFindingsAsync([Crowded], [Overdue("R1", March2)], CancellationToken.None);
        }

        var findings = await store.GetFindingsAsync(runId, CancellationToken.None);
        (findings.Patterns.Count, findings.Compliance.Count).ShouldBe((0, 0));
    }

    [Test]
    public async Task A_night_write_refuses_a_completion_of_another_run_a_second_history_and_second_findings()
    {
        var store = await MigratedStoreAsync();
        var runId = await store.StartRunAsync(March2, At(March2, 1), "rules-v1", CancellationToken.None);
        await using var night = await store.BeginNightAsync(runId, March2, CancellationToken.None);
        await night.WriteHistoryAsync([], keepHistoryFrom: null, CancellationToken.None);

        await night.WriteFindingsAsync([], [], CancellationToken.None);

        await Should.ThrowAsync<InvalidOperationException>(() => night.WriteHistoryAsync([], null, CancellationToken.None));
        await Should.ThrowAsync<InvalidOperationException>(() => night.WriteFindingsAsync([], [], CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => night.CompleteAsync(
            new RunCompletion(runId + 1, March2, At(March2, 2), [], []), CancellationToken.None));
    }
}
