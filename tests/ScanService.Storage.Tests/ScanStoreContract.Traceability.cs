using ScanService.Model;
using ScanService.Storage.Migrations;
using ScanService.Storage.Tests.Support;
using ScanService.Store;

namespace ScanService.Storage.Tests;

public abstract partial class ScanStoreContract
{
    [Test]
    public async Task Every_stored_alert_carries_its_rule_version_and_the_rule_set_hash_of_its_run()
    {
        var store = await MigratedStoreAsync();
        var runId = await store.StartRunAsync(March1, At(March1, 1), "sha256:rules-of-march-1", CancellationToken.None);
        var version3 = TestAlerts.Link("REC-1") with { RuleVersion = 3 };
        var version1 = TestAlerts.Link("REC-2", ruleId: "phone");

        var stored = await store.CompleteRunAsync(
            new RunCompletion(runId, March1, At(March1, 2), [TestAlerts.Source("nrm-referrals")], [version3, version1]),
            CancellationToken.None);

        var read = await store.GetAlertsAsync(runId, CancellationToken.None);
        foreach (var alerts in new[] { stored, read })
        {
            alerts.Single(a => a.Alert.RecordId == "REC-1").Alert.RuleVersion.ShouldBe(3);
            alerts.Single(a => a.Alert.RecordId == "REC-2").Alert.RuleVersion.ShouldBe(1);
            alerts.ShouldAllBe(a => a.RuleSetHash == "sha256:rules-of-march-1");
        }
    }

    [Test]
    public async Task Each_night_keeps_the_rule_set_hash_and_rule_version_it_ran_with()
    {
        var store = await MigratedStoreAsync();
        var (firstRun, _) = await RunNightAsync(store, March1, TestAlerts.Link("REC-1"));
        var secondRun = await store.StartRunAsync(March2, At(March2, 1), "rules-v2", CancellationToken.None);
        await store.CompleteRunAsync(
            new RunCompletion(secondRun, March2, At(March2, 2), [TestAlerts.Source("nrm-referrals")],
                [TestAlerts.Link("REC-1") with { RuleVersion = 2 }]),
            CancellationToken.None);

        var first = (await store.GetAlertsAsync(firstRun, CancellationToken.None)).ShouldHaveSingleItem();
        var second = (await store.GetAlertsAsync(secondRun, CancellationToken.None)).ShouldHaveSingleItem();

        (first.RuleSetHash, first.Alert.RuleVersion).ShouldBe(("rules-v1", 1));
        (second.RuleSetHash, second.Alert.RuleVersion).ShouldBe(("rules-v2", 2));
    }

    [Test]
    public async Task A_database_at_schema_version_2_with_nights_is_upgraded_keeping_its_alerts_and_their_runs_hash()
    {
        var shipped = EmbeddedMigrations.For(Dialect.Provider);
        await new MigrationRunner(Dialect, shipped.Take(2)).RunAsync(CancellationToken.None);
        var (runId, alertId) = await WriteAVersion2NightAsync(March1);

        await Store.MigrateAsync(CancellationToken.None);

        (await Probe.SchemaVersionsAsync()).Select(v => v.Version).ShouldBe(shipped.Select(m => (long)m.Version));
        var old = (await Store.GetAlertsAsync(runId, CancellationToken.None)).ShouldHaveSingleItem();
        old.AlertId.ShouldBe(alertId);
        old.Alert.ShouldBe(TestAlerts.Link("REC-1"));
        old.Status.ShouldBe(AlertStatus.New);
        old.RuleSetHash.ShouldBe("rules-v1");
        var (_, next) = await RunNightAsync(Store, March2, TestAlerts.Link("REC-1"));
        var repeat = next.ShouldHaveSingleItem();
        repeat.Status.ShouldBe(AlertStatus.Repeat);
        repeat.FirstSeenDate.ShouldBe(March1);
    }

    /// <summary>A completed night with one alert, written the way schema version 2 was: no rule version or hash on the alert.</summary>
    private async Task<(long RunId, long AlertId)> WriteAVersion2NightAsync(DateOnly night)
    {
        var runId = await Probe.ScalarAsync<long>(
            Dialect.InsertRunReturningId,
            new { RunDate = Probe.Date(night), StartedAt = Probe.Instant(At(night, 1)), Status = "running", RuleSetHash = "rules-v1" });
        await Probe.ExecuteAsync(
            "UPDATE scan_runs SET status = 'completed', finished_at = @FinishedAt WHERE run_id = @RunId",
            new { RunId = runId, FinishedAt = Probe.Instant(At(night, 2)) });
        var alert = TestAlerts.Link("REC-1");
        await Probe.ExecuteAsync(
            """
            INSERT INTO link_alerts (run_id, run_date, source, record_id, investigation_ref, subject_ref, rule_id, score,
                                     matched_on, explanation, record_masked, evidence_fingerprint, first_seen_date, status)
            VALUES (@RunId, @Night, @Source, @RecordId, @InvestigationRef, @SubjectRef, @RuleId, @Score,
                    @MatchedOn, @Explanation, @RecordMasked, @Fingerprint, @Night, 'new')
            """,
            new
            {
                RunId = runId, Night = Probe.Date(night), alert.Source, alert.RecordId, alert.InvestigationRef, alert.SubjectRef,
                alert.RuleId, alert.Score, alert.MatchedOn, alert.Explanation, alert.RecordMasked,
                Fingerprint = EvidenceFingerprint.Of(alert),
            });

        return (runId, await Probe.ScalarAsync<long>("SELECT alert_id FROM link_alerts WHERE record_id = 'REC-1'"));
    }
}
