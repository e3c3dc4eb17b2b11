using ScanService.Model;
using ScanService.Storage.Tests.Support;
using ScanService.Store;

namespace ScanService.Storage.Tests;

public abstract partial class ScanStoreContract
{
    [Test]
    public async Task A_started_run_is_running_with_its_date_start_time_and_rule_set()
    {
        var store = await MigratedStoreAsync();
        var startedAt = new DateTimeOffset(2024, 3, 2, 1, 30, 15, 123, TimeSpan.FromHours(1));

        var runId = await store.StartRunAsync(March1, startedAt, "sha256:abc", CancellationToken.None);

        var run = await store.GetRunAsync(runId, CancellationToken.None);
        run.ShouldNotBeNull();
        run.ShouldBe(new RunRecord(runId, March1, startedAt, null, RunStatus.Running, "sha256:abc", null, null, run.Sources));
        run.Sources.ShouldBeEmpty();
    }

    [Test]
    public async Task Each_started_run_gets_a_higher_id()
    {
        var store = await MigratedStoreAsync();

        var first = await store.StartRunAsync(March1, At(March1, 1), "rules-v1", CancellationToken.None);
        var second = await store.StartRunAsync(March1, At(March1, 2), "rules-v1", CancellationToken.None);

        second.ShouldBeGreaterThan(first);
    }

    [Test]
    public async Task An_unknown_run_is_null()
    {
        var store = await MigratedStoreAsync();

        (await store.GetRunAsync(12345, CancellationToken.None)).ShouldBeNull();
    }

    [Test]
    public async Task A_completed_run_round_trips_its_record_sources_and_alerts_exactly()
    {
        var store = await MigratedStoreAsync();
        var startedAt = At(March2, 1, 0, 250);
        var finishedAt = At(March2, 1, 7, 999);
        SourceReport[] sources =
        [
            TestAlerts.Source("police-intel"),
            TestAlerts.Source("helpline", SourceOutcome.Failed, "Unknown layout: no mapping for columns a, b"),
            TestAlerts.Source("la-safeguarding", SourceOutcome.Missing),
        ];
        LinkAlert[] alerts =
        [
            TestAlerts.Link("REC-2", score: 9.123456789),
            TestAlerts.Link("REC-1", investigationRef: "INV-002", ruleId: "phone", source: "police-intel"),
        ];
        var runId = await store.StartRunAsync(March2, startedAt, "sha256:rules", CancellationToken.None);

        var stored = await store.CompleteRunAsync(new RunCompletion(runId, March2, finishedAt, sources, alerts), CancellationToken.None);

        var run = await store.GetRunAsync(runId, CancellationToken.None);
        run.ShouldNotBeNull();
        run.ShouldBe(new RunRecord(runId, March2, startedAt, finishedAt, RunStatus.Completed, "sha256:rules", null, null, run.Sources));
        run.Sources.ShouldBe(sources.OrderBy(s => s.Source, StringComparer.Ordinal));

        stored.Count.ShouldBe(2);
        stored.Select(s => s.AlertId).ShouldAllBe(id => id > 0);
        stored.Select(s => s.AlertId).ShouldBeUnique();
        foreach (var alert in alerts)
        {
            ShouldBeStoredAs(Only(stored, alert), alert, runId, March2, March2, AlertStatus.New);
        }

        (await store.GetAlertsAsync(runId, CancellationToken.None)).ShouldBe(stored);
    }

    [Test]
    public async Task Alerts_come_back_ordered_by_investigation_subject_source_record_and_rule()
    {
        var store = await MigratedStoreAsync();
        LinkAlert[] ordered =
        [
            TestAlerts.Link("REC-9", investigationRef: "INV-001", subjectRef: "SUB-001", source: "helpline"),
            TestAlerts.Link("REC-1", investigationRef: "INV-001", subjectRef: "SUB-001", source: "nrm-referrals", ruleId: "name-dob"),
            TestAlerts.Link("REC-1", investigationRef: "INV-001", subjectRef: "SUB-001", source: "nrm-referrals", ruleId: "phone"),
            TestAlerts.Link("REC-2", investigationRef: "INV-001", subjectRef: "SUB-001", source: "nrm-referrals"),
            TestAlerts.Link("REC-1", investigationRef: "INV-001", subjectRef: "SUB-002", source: "helpline"),
            TestAlerts.Link("REC-1", investigationRef: "INV-002", subjectRef: "SUB-001", source: "helpline"),
        ];

        var (runId, stored) = await RunNightAsync(store, March1, [.. ordered.Reverse()]);

        stored.Select(s => s.Alert).ShouldBe(ordered);
        (await store.GetAlertsAsync(runId, CancellationToken.None)).Select(s => s.Alert).ShouldBe(ordered);
    }

    [Test]
    public async Task A_quiet_night_completes_with_no_alerts()
    {
        var store = await MigratedStoreAsync();

        var (runId, stored) = await RunNightAsync(store, March1);

        stored.ShouldBeEmpty();
        (await store.GetRunAsync(runId, CancellationToken.None))!.Status.ShouldBe(RunStatus.Completed);
        (await store.GetLatestCompletedRunAsync(CancellationToken.None))!.Id.ShouldBe(runId);
    }

    [Test]
    public async Task Rerunning_a_night_replaces_its_alerts_without_duplicating_them()
    {
        var store = await MigratedStoreAsync();
        var alerts = TestAlerts.Many(50);
        var (firstRun, firstStored) = await RunNightAsync(store, March1, alerts);

        var (secondRun, secondStored) = await RunNightAsync(store, March1, alerts);

        (await Probe.CountRowsAsync("link_alerts")).ShouldBe(50);
        (await store.GetAlertsAsync(firstRun, CancellationToken.None)).ShouldBeEmpty();
        (await store.GetAlertsAsync(secondRun, CancellationToken.None)).ShouldBe(secondStored);
        secondStored.Select(s => s.Alert).ShouldBe(firstStored.Select(s => s.Alert));
        secondStored.ShouldAllBe(s => s.RunId == secondRun && s.Status == AlertStatus.New && s.FirstSeenDate == March1);
    }

    [Test]
    public async Task Rerunning_a_night_with_fewer_links_leaves_only_the_new_set()
    {
        var store = await MigratedStoreAsync();
        await RunNightAsync(store, March1, TestAlerts.Link("REC-1"), TestAlerts.Link("REC-2"));

        var (_, stored) = await RunNightAsync(store, March1, TestAlerts.Link("REC-2"));

        stored.Select(s => s.Alert.RecordId).ShouldBe(["REC-2"]);
        (await Probe.CountRowsAsync("link_alerts")).ShouldBe(1);
    }

    [Test]
    public async Task A_failed_run_records_its_error_finish_time_and_sources_and_no_alerts()
    {
        var store = await MigratedStoreAsync();
        var runId = await store.StartRunAsync(March1, At(March1, 1), "rules-v1", CancellationToken.None);
        SourceReport[] sources = [TestAlerts.Source("nrm-referrals"), TestAlerts.Source("helpline", SourceOutcome.Failed, "bad encoding")];

        await store.FailRunAsync(runId, At(March1, 3), "Rules failed to load: rules/phone.yaml(4,7)", sources, CancellationToken.None);

        var run = await store.GetRunAsync(runId, CancellationToken.None);
        run.ShouldNotBeNull();
        run.Status.ShouldBe(RunStatus.Failed);
        run.Error.ShouldBe("Rules failed to load: rules/phone.yaml(4,7)");
        run.FinishedAt.ShouldBe(At(March1, 3));
        run.Sources.ShouldBe(sources.OrderBy(s => s.Source, StringComparer.Ordinal));
        (await store.GetAlertsAsync(runId, CancellationToken.None)).ShouldBeEmpty();
        (await Probe.CountRowsAsync("link_alerts")).ShouldBe(0);
    }

    [Test]
    public async Task The_latest_completed_run_ignores_failed_and_running_runs_started_after_it()
    {
        var store = await MigratedStoreAsync();
        (await store.GetLatestCompletedRunAsync(CancellationToken.None)).ShouldBeNull();
        await RunNightAsync(store, March1, TestAlerts.Link("REC-1"));
        var (latest, _) = await RunNightAsync(store, March2, TestAlerts.Link("REC-1"));
        var failed = await store.StartRunAsync(March3, At(March3, 1), "rules-v1", CancellationToken.None);
        await store.FailRunAsync(failed, At(March3, 2), "exports folder missing", [], CancellationToken.None);
        await store.StartRunAsync(March3, At(March3, 3), "rules-v1", CancellationToken.None);

        var run = await store.GetLatestCompletedRunAsync(CancellationToken.None);

        run.ShouldNotBeNull();
        run.Id.ShouldBe(latest);
        run.Sources.Select(s => s.Source).ShouldBe(["nrm-referrals"]);
    }

    [Test]
    public async Task A_digest_is_recorded_against_its_run_and_counts_for_every_run_of_that_night()
    {
        var store = await MigratedStoreAsync();
        var (runId, _) = await RunNightAsync(store, March1, TestAlerts.Link("REC-1"));
        (await store.WasDigestWrittenAsync(March1, CancellationToken.None)).ShouldBeFalse();

        await store.RecordDigestAsync(runId, "outbox/2024-03-01.eml", At(March1, 6), CancellationToken.None);
        await RunNightAsync(store, March1, TestAlerts.Link("REC-1"));

        (await store.WasDigestWrittenAsync(March1, CancellationToken.None)).ShouldBeTrue();
        (await store.WasDigestWrittenAsync(March2, CancellationToken.None)).ShouldBeFalse();
        (await store.GetRunAsync(runId, CancellationToken.None))!.DigestPath.ShouldBe("outbox/2024-03-01.eml");
    }

    [Test]
    public async Task Recording_the_digest_of_an_unknown_run_is_refused()
    {
        var store = await MigratedStoreAsync();

        await Should.ThrowAsync<InvalidOperationException>(
            () => store.RecordDigestAsync(999, "outbox/x.eml", At(March1, 6), CancellationToken.None));
    }

    [Test]
    public async Task Twenty_thousand_alerts_complete_in_one_call()
    {
        var store = await MigratedStoreAsync();
        var alerts = TestAlerts.Many(20_000);
        var runId = await store.StartRunAsync(March1, At(March1, 1), "rules-v1", CancellationToken.None);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var stored = await store.CompleteRunAsync(
            new RunCompletion(runId, March1, At(March1, 2), [TestAlerts.Source("nrm-referrals")], alerts), CancellationToken.None);

        await TestContext.Out.WriteLineAsync($"CompleteRunAsync stored {stored.Count} alerts in {clock.ElapsedMilliseconds} ms");
        stored.Count.ShouldBe(20_000);
        stored.Select(s => LinkAlertKey.Of(s.Alert)).ToHashSet().SetEquals(alerts.Select(LinkAlertKey.Of)).ShouldBeTrue();
        (await Probe.CountRowsAsync("link_alerts")).ShouldBe(20_000);
        (await store.GetAlertsAsync(runId, CancellationToken.None)).Count.ShouldBe(20_000);
    }
}
