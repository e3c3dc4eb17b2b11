using ScanService.Model;
using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

/// <summary>Retention: runs before the cut-off go with everything they found; audit entries go on their own, longer clock.</summary>
public abstract partial class ScanStoreContract
{
    private static readonly DateTimeOffset PurgedAt = new(2024, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Purging_removes_the_runs_before_the_cutoff_with_their_alerts_and_sources_and_keeps_the_rest()
    {
        var store = await MigratedStoreAsync();
        await RunNightAsync(store, March1, TestAlerts.Link("REC-1"), TestAlerts.Link("REC-2"));
        var failed = await store.StartRunAsync(March2, At(March2, 1), "rules-v1", CancellationToken.None);
        await store.FailRunAsync(failed, At(March2, 2), "exports missing", [TestAlerts.Source("nrm-referrals")], CancellationToken.None);
        var (kept, keptAlerts) = await RunNightAsync(store, March3, TestAlerts.Link("REC-1"));
        await InsertPatternAndComplianceAlertsAsync(failed, March2);

        var result = await store.PurgeAsync(new PurgeRequest(March3, PurgedAt.AddYears(-6), "operator", PurgedAt), CancellationToken.None);

        result.ShouldBe(new PurgeResult(Runs: 2, RunSources: 2, LinkAlerts: 2, PatternAlerts: 1, ComplianceAlerts: 1, AuditEntries: 0));
        (await Probe.CountRowsAsync("scan_runs")).ShouldBe(1);
        (await Probe.CountRowsAsync("link_alerts")).ShouldBe(1);
        (await Probe.CountRowsAsync("pattern_alerts")).ShouldBe(0);
        (await Probe.CountRowsAsync("compliance_alerts")).ShouldBe(0);
        (await store.GetAlertsAsync(kept, CancellationToken.None)).ShouldBe(keptAlerts);
        (await store.GetRunAsync(kept, CancellationToken.None))!.Sources.Count.ShouldBe(1);
    }

    [Test]
    public async Task A_purge_keeps_dispositions_so_a_false_positive_stays_suppressed()
    {
        var store = await MigratedStoreAsync();
        var link = TestAlerts.Link("REC-1");
        var (_, first) = await RunNightAsync(store, March1, link);
        await DisposeAsync(Only(first, link), Disposition.FalsePositive);

        await store.PurgeAsync(new PurgeRequest(March2, PurgedAt.AddYears(-6), "operator", PurgedAt), CancellationToken.None);
        var (_, later) = await RunNightAsync(store, March3, link);

        (await Probe.CountRowsAsync("alert_dispositions")).ShouldBe(1);
        Only(later, link).Status.ShouldBe(AlertStatus.Suppressed);
    }

    [Test]
    public async Task A_dry_run_counts_what_would_go_and_deletes_nothing()
    {
        var store = await MigratedStoreAsync();
        await RunNightAsync(store, March1, TestAlerts.Link("REC-1"));

        var result = await store.PurgeAsync(
            new PurgeRequest(March2, PurgedAt.AddYears(-6), "operator", PurgedAt, DryRun: true), CancellationToken.None);

        result.Runs.ShouldBe(1);
        result.LinkAlerts.ShouldBe(1);
        (await Probe.CountRowsAsync("scan_runs")).ShouldBe(1);
        (await Probe.CountRowsAsync("link_alerts")).ShouldBe(1);
        (await Probe.CountRowsAsync("audit_log")).ShouldBe(0);
    }

    [Test]
    public async Task Audit_entries_go_only_when_older_than_the_audit_cutoff_and_the_purge_itself_is_audited()
    {
        var store = await MigratedStoreAsync();
        var auditCutoff = PurgedAt.AddDays(-30);
        await store.RecordAuditAsync(AuditEntry.New(auditCutoff.AddMinutes(-1), AuditAction.AlertsExported, "old"), CancellationToken.None);
        await store.RecordAuditAsync(AuditEntry.New(auditCutoff, AuditAction.AlertsExported, "kept"), CancellationToken.None);

        var result = await store.PurgeAsync(new PurgeRequest(March1, auditCutoff, "operator", PurgedAt), CancellationToken.None);

        result.AuditEntries.ShouldBe(1);
        var left = await store.GetAuditAsync(DateTimeOffset.UnixEpoch, null, 0, 10, CancellationToken.None);
        left.Select(e => e.Actor).ShouldBe(["kept", "operator"]);
        left[^1].Action.ShouldBe(AuditAction.DataPurged);
        left[^1].Detail.ShouldNotBeNull().ShouldContain("runs before 2024-03-01");
    }

    // Nothing writes these yet (the pattern and compliance rules will); standard SQL through the dialect's values.
    private async Task InsertPatternAndComplianceAlertsAsync(long runId, DateOnly night)
    {
        await Probe.ExecuteAsync(
            """
            INSERT INTO pattern_alerts (run_id, run_date, rule_id, pattern_key, key_masked, members, member_count,
                                        explanation, first_seen_date, last_seen_date, status)
            VALUES (@RunId, @Night, 'many-at-one-address', 'premises:7f3a', 'M8 ...', 'nrm-referrals/R1; la-safeguarding/L2', 2,
                    'two people registered at one flat', @Night, @Night, 'new')
            """,
            new { RunId = runId, Night = Probe.Date(night) });
        await Probe.ExecuteAsync(
            """
            INSERT INTO compliance_alerts (run_id, run_date, rule_id, alert_key, source, record_id, due_at, explanation,
                                           first_seen_date, last_seen_date, status)
            VALUES (@RunId, @Night, 'crime-recorded-24h', 'nrm-referrals/R1', 'nrm-referrals', 'R1', @DueAt,
                    'referral not recorded as a crime within 24 hours', @Night, @Night, 'new')
            """,
            new { RunId = runId, Night = Probe.Date(night), DueAt = Probe.Instant(At(night, 12)) });
    }
}
