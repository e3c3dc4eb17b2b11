using System.Data.Common;
using ScanService.Model;
using ScanService.Storage.Tests.Support;
using ScanService.Store;

namespace ScanService.Storage.Tests;

/// <summary>A night that fails half-way must leave the database exactly as it was: never half a night.</summary>
public abstract partial class ScanStoreContract
{
    [Test]
    public async Task A_completion_that_fails_part_way_stores_nothing_and_leaves_the_run_running()
    {
        var store = await MigratedStoreAsync();
        var alerts = TestAlerts.Many(1_000);
        alerts[600] = alerts[600] with { RecordMasked = null! };
        var runId = await store.StartRunAsync(March1, At(March1, 1), "rules-v1", CancellationToken.None);

        await Should.ThrowAsync<DbException>(() => store.CompleteRunAsync(
            new RunCompletion(runId, March1, At(March1, 2), [TestAlerts.Source("nrm-referrals")], alerts), CancellationToken.None));

        await ShouldHoldNothingOfTheNightAsync(store, runId);
    }

    [Test]
    public async Task A_completion_cancelled_part_way_stores_nothing_and_leaves_the_run_running()
    {
        var store = await MigratedStoreAsync();
        using var cancellation = new CancellationTokenSource();
        var alerts = new CancellingAlerts(TestAlerts.Many(1_000), cancelAfter: 500, cancellation);
        var runId = await store.StartRunAsync(March1, At(March1, 1), "rules-v1", CancellationToken.None);

        await Should.ThrowAsync<OperationCanceledException>(() => store.CompleteRunAsync(
            new RunCompletion(runId, March1, At(March1, 2), [TestAlerts.Source("nrm-referrals")], alerts), cancellation.Token));

        await ShouldHoldNothingOfTheNightAsync(store, runId);
    }

    [Test]
    public async Task A_run_whose_completion_failed_can_still_be_marked_failed()
    {
        var store = await MigratedStoreAsync();
        LinkAlert[] alerts = [TestAlerts.Link("REC-1"), TestAlerts.Link("REC-2") with { MatchedOn = null! }];
        var runId = await store.StartRunAsync(March1, At(March1, 1), "rules-v1", CancellationToken.None);
        await Should.ThrowAsync<DbException>(() => store.CompleteRunAsync(
            new RunCompletion(runId, March1, At(March1, 2), [TestAlerts.Source("nrm-referrals")], alerts), CancellationToken.None));

        await store.FailRunAsync(runId, At(March1, 3), "database write failed", [TestAlerts.Source("nrm-referrals")], CancellationToken.None);

        var run = await store.GetRunAsync(runId, CancellationToken.None);
        run!.Status.ShouldBe(RunStatus.Failed);
        run.Error.ShouldBe("database write failed");
        run.Sources.Count.ShouldBe(1);
    }

    [Test]
    public async Task A_failed_rerun_keeps_the_alerts_of_the_last_good_run_of_that_night()
    {
        var store = await MigratedStoreAsync();
        var (goodRun, goodStored) = await RunNightAsync(store, March1, TestAlerts.Many(20));
        var alerts = TestAlerts.Many(30);
        alerts[25] = alerts[25] with { Explanation = null! };
        var rerun = await store.StartRunAsync(March1, At(March1, 5), "rules-v2", CancellationToken.None);

        await Should.ThrowAsync<DbException>(() => store.CompleteRunAsync(
            new RunCompletion(rerun, March1, At(March1, 6), [], alerts), CancellationToken.None));
        await store.FailRunAsync(rerun, At(March1, 6), "database write failed", [], CancellationToken.None);

        (await store.GetAlertsAsync(goodRun, CancellationToken.None)).ShouldBe(goodStored);
        (await store.GetLatestCompletedRunAsync(CancellationToken.None))!.Id.ShouldBe(goodRun);
    }

    [Test]
    public async Task Two_alerts_for_the_same_link_in_one_night_are_refused_and_nothing_is_stored()
    {
        var store = await MigratedStoreAsync();
        LinkAlert[] alerts = [TestAlerts.Link("REC-1"), TestAlerts.Link("REC-2"), TestAlerts.Link("REC-1", score: 12)];
        var runId = await store.StartRunAsync(March1, At(March1, 1), "rules-v1", CancellationToken.None);

        await Should.ThrowAsync<DbException>(() => store.CompleteRunAsync(
            new RunCompletion(runId, March1, At(March1, 2), [], alerts), CancellationToken.None));

        await ShouldHoldNothingOfTheNightAsync(store, runId);
    }

    [Test]
    public async Task The_same_history_key_twice_in_one_night_is_refused_and_nothing_is_stored()
    {
        var store = await MigratedStoreAsync();
        var key = new RecordKey(March1, "nrm-referrals", "REC-1", March1, "person-1", RecordKeyKind.Phone, "k-phone-1", "phone …123");
        var runId = await store.StartRunAsync(March1, At(March1, 1), "rules-v1", CancellationToken.None);

        await Should.ThrowAsync<DbException>(() => store.CompleteRunAsync(
            new RunCompletion(runId, March1, At(March1, 2), [], [TestAlerts.Link("REC-1")]) { History = [key, key with { PersonKey = "person-2" }] },
            CancellationToken.None));

        await ShouldHoldNothingOfTheNightAsync(store, runId);
        (await store.GetHistoryAsync(March2, CancellationToken.None)).ShouldBeEmpty();
    }

    [Test]
    public async Task Completing_a_run_twice_is_refused_and_keeps_the_first_completion()
    {
        var store = await MigratedStoreAsync();
        var (runId, stored) = await RunNightAsync(store, March1, TestAlerts.Link("REC-1"));

        var thrown = await Should.ThrowAsync<InvalidOperationException>(() => store.CompleteRunAsync(
            new RunCompletion(runId, March1, At(March1, 4), [], [TestAlerts.Link("REC-2")]), CancellationToken.None));

        thrown.Message.ShouldContain("already completed");
        (await store.GetAlertsAsync(runId, CancellationToken.None)).ShouldBe(stored);
    }

    [Test]
    public async Task Completing_a_run_for_another_night_than_it_started_is_refused()
    {
        var store = await MigratedStoreAsync();
        var runId = await store.StartRunAsync(March1, At(March1, 1), "rules-v1", CancellationToken.None);

        var thrown = await Should.ThrowAsync<InvalidOperationException>(() => store.CompleteRunAsync(
            new RunCompletion(runId, March2, At(March2, 2), [], [TestAlerts.Link("REC-1")]), CancellationToken.None));

        thrown.Message.ShouldContain("2024-03-01");
        (await store.GetRunAsync(runId, CancellationToken.None))!.Status.ShouldBe(RunStatus.Running);
    }

    [Test]
    public async Task Completing_or_failing_an_unknown_run_is_refused()
    {
        var store = await MigratedStoreAsync();

        await Should.ThrowAsync<InvalidOperationException>(() => store.CompleteRunAsync(
            new RunCompletion(42, March1, At(March1, 2), [], []), CancellationToken.None));
        await Should.ThrowAsync<InvalidOperationException>(
            () => store.FailRunAsync(42, At(March1, 2), "boom", [], CancellationToken.None));
    }

    [Test]
    public async Task Failing_a_completed_run_is_refused_and_keeps_its_alerts()
    {
        var store = await MigratedStoreAsync();
        var (runId, stored) = await RunNightAsync(store, March1, TestAlerts.Link("REC-1"));

        await Should.ThrowAsync<InvalidOperationException>(
            () => store.FailRunAsync(runId, At(March1, 4), "late failure", [], CancellationToken.None));

        (await store.GetRunAsync(runId, CancellationToken.None))!.Status.ShouldBe(RunStatus.Completed);
        (await store.GetAlertsAsync(runId, CancellationToken.None)).ShouldBe(stored);
    }

    private async Task ShouldHoldNothingOfTheNightAsync(IScanStore store, long runId)
    {
        var run = await store.GetRunAsync(runId, CancellationToken.None);
        run.ShouldNotBeNull();
        run.Status.ShouldBe(RunStatus.Running);
        run.FinishedAt.ShouldBeNull();
        run.Sources.ShouldBeEmpty();
        (await store.GetAlertsAsync(runId, CancellationToken.None)).ShouldBeEmpty();
        (await Probe.CountRowsAsync("link_alerts")).ShouldBe(0);
        (await Probe.CountRowsAsync("scan_run_sources")).ShouldBe(0);
        (await store.GetLatestCompletedRunAsync(CancellationToken.None)).ShouldBeNull();
    }
}
