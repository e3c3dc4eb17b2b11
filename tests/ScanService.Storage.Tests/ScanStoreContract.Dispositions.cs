using ScanService.Model;
using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

/// <summary>
/// Analysts' verdicts: a link marked false positive is suppressed on later nights while its evidence (rule, fields
/// that agreed, level of each comparison) is unchanged; new evidence brings it back as new, once.
/// </summary>
public abstract partial class ScanStoreContract
{
    private static readonly LinkAlert Judged = TestAlerts.Link("REC-1");

    /// <summary>The same link, now also agreeing on phone: new evidence.</summary>
    private static readonly LinkAlert JudgedWithMoreEvidence = Judged with
    {
        Score = 13.25,
        MatchedOn = "name+date_of_birth+phone",
        Explanation = "name: +6.0 (exact) · date_of_birth: +5.25 (exact) · phone: +2.0 (exact …123) · total 13.25 ≥ 9.0",
    };

    [Test]
    public async Task A_link_marked_false_positive_is_suppressed_on_the_following_nights()
    {
        var store = await MigratedStoreAsync();
        var (_, first) = await RunNightAsync(store, March1, Judged, TestAlerts.Link("REC-2"));
        await DisposeAsync(Only(first, Judged), Disposition.FalsePositive);

        var (_, second) = await RunNightAsync(store, March2, Judged, TestAlerts.Link("REC-2"));
        var (_, third) = await RunNightAsync(store, March3, Judged);

        Only(second, Judged).Status.ShouldBe(AlertStatus.Suppressed);
        Only(second, TestAlerts.Link("REC-2")).Status.ShouldBe(AlertStatus.Repeat);
        Only(third, Judged).Status.ShouldBe(AlertStatus.Suppressed);
        Only(third, Judged).FirstSeenDate.ShouldBe(March1);
    }

    [Test]
    public async Task A_completed_night_returns_its_alerts_exactly_as_they_are_read_back_new_repeat_and_suppressed()
    {
        var store = await MigratedStoreAsync();
        var (_, first) = await RunNightAsync(store, March1, Judged, TestAlerts.Link("REC-2"));
        await DisposeAsync(Only(first, Judged), Disposition.FalsePositive);

        var (runId, second) = await RunNightAsync(store, March2, TestAlerts.Link("REC-3"), Judged, TestAlerts.Link("REC-2"));

        second.Select(a => a.Status).Order().ShouldBe([AlertStatus.New, AlertStatus.Repeat, AlertStatus.Suppressed]);
        second.ShouldAllBe(a => a.RuleSetHash == "rules-v1" && a.RunId == runId && a.RunDate == March2);
        (await store.GetAlertsAsync(runId, CancellationToken.None)).ShouldBe(second);
    }

    [Test]
    public async Task A_false_positive_whose_evidence_changes_is_new_again_once_then_a_repeat()
    {
        var store = await MigratedStoreAsync();
        var (_, first) = await RunNightAsync(store, March1, Judged);
        await DisposeAsync(Only(first, Judged), Disposition.FalsePositive);

        var (_, second) = await RunNightAsync(store, March2, JudgedWithMoreEvidence);
        var (_, third) = await RunNightAsync(store, March3, JudgedWithMoreEvidence);

        Only(second, Judged).Status.ShouldBe(AlertStatus.New);
        Only(second, Judged).FirstSeenDate.ShouldBe(March1);
        Only(third, Judged).Status.ShouldBe(AlertStatus.Repeat);
    }

    [Test]
    public async Task A_different_similarity_score_or_masked_detail_is_not_new_evidence()
    {
        var store = await MigratedStoreAsync();
        var (_, first) = await RunNightAsync(store, March1, Judged);
        await DisposeAsync(Only(first, Judged), Disposition.FalsePositive);
        var sameLevels = Judged with
        {
            Score = 11.5,
            Explanation = "name: +6.25 (exact) · date_of_birth: +5.25 (exact) · total 11.5 ≥ 9.0 [REC-1 re-keyed]",
            RecordMasked = "N. V. M., 1990, …7",
        };

        var (_, second) = await RunNightAsync(store, March2, sameLevels);

        Only(second, Judged).Status.ShouldBe(AlertStatus.Suppressed);
    }

    [Test]
    public async Task A_confirmed_link_keeps_being_reported()
    {
        var store = await MigratedStoreAsync();
        var (_, first) = await RunNightAsync(store, March1, Judged);
        await DisposeAsync(Only(first, Judged), Disposition.Confirmed);

        var (_, second) = await RunNightAsync(store, March2, Judged);

        Only(second, Judged).Status.ShouldBe(AlertStatus.Repeat);
    }

    [Test]
    public async Task A_later_confirmation_lifts_an_earlier_false_positive()
    {
        var store = await MigratedStoreAsync();
        var (_, first) = await RunNightAsync(store, March1, Judged);
        await DisposeAsync(Only(first, Judged), Disposition.FalsePositive);
        var (_, second) = await RunNightAsync(store, March2, Judged);
        await DisposeAsync(Only(second, Judged), Disposition.Confirmed);

        var (_, third) = await RunNightAsync(store, March3, Judged);

        Only(third, Judged).Status.ShouldBe(AlertStatus.Repeat);
    }

    [Test]
    public async Task A_verdict_holds_from_the_night_after_the_judged_alert_and_survives_a_rerun_of_that_night()
    {
        var store = await MigratedStoreAsync();
        var (_, judgedNight) = await RunNightAsync(store, March2, Judged);
        var judged = Only(judgedNight, Judged);
        await DisposeAsync(judged, Disposition.FalsePositive);

        var (_, backfilled) = await RunNightAsync(store, March1, Judged);
        var (_, rerun) = await RunNightAsync(store, March2, Judged);
        var (_, after) = await RunNightAsync(store, March3, Judged);

        Only(backfilled, Judged).Status.ShouldBe(AlertStatus.New);
        Only(rerun, Judged).Status.ShouldBe(AlertStatus.Repeat);
        Only(rerun, Judged).AlertId.ShouldNotBe(judged.AlertId);
        Only(after, Judged).Status.ShouldBe(AlertStatus.Suppressed);
    }

    [Test]
    public async Task A_disposition_is_returned_listed_for_the_link_and_audited()
    {
        var store = await MigratedStoreAsync();
        var (runId, first) = await RunNightAsync(store, March1, Judged);
        var alert = Only(first, Judged);

        var recorded = await store.DisposeAsync(
            new DispositionRequest(alert.AlertId, Disposition.FalsePositive, "DC A. Example", "Different person: DOB coincidence", At(March2, 9)),
            CancellationToken.None);

        recorded.ShouldNotBeNull();
        recorded.ShouldBe(new AlertDisposition(
            recorded.Id, alert.AlertId, LinkAlertKey.Of(Judged), March1, EvidenceFingerprint.Of(Judged), Disposition.FalsePositive,
            "DC A. Example", "Different person: DOB coincidence", At(March2, 9)));
        (await store.GetDispositionsAsync(alert.AlertId, CancellationToken.None)).ShouldBe([recorded]);
        var audit = (await store.GetAuditAsync(At(March1, 0), null, 0, 10, CancellationToken.None)).ShouldHaveSingleItem();
        audit.Action.ShouldBe(AuditAction.AlertDisposed);
        audit.Actor.ShouldBe("DC A. Example");
        audit.RunId.ShouldBe(runId);
        audit.AlertIds.ShouldBe([alert.AlertId]);
    }

    [Test]
    public async Task Disposing_an_alert_that_does_not_exist_records_nothing()
    {
        var store = await MigratedStoreAsync();

        var recorded = await store.DisposeAsync(
            new DispositionRequest(4242, Disposition.FalsePositive, "DC A. Example", "typo", At(March2, 9)), CancellationToken.None);

        recorded.ShouldBeNull();
        (await Probe.CountRowsAsync("alert_dispositions")).ShouldBe(0);
        (await Probe.CountRowsAsync("audit_log")).ShouldBe(0);
    }

    [Test]
    public async Task Each_stored_alert_carries_its_evidence_fingerprint_and_can_be_read_by_id()
    {
        var store = await MigratedStoreAsync();
        var (_, stored) = await RunNightAsync(store, March1, Judged, JudgedWithMoreEvidence with { RecordId = "REC-9" });

        var fingerprint = await Probe.ScalarAsync<string>(
            "SELECT evidence_fingerprint FROM link_alerts WHERE alert_id = @AlertId", new { Only(stored, Judged).AlertId });

        fingerprint.ShouldBe(EvidenceFingerprint.Of(Judged));
        (await store.GetAlertAsync(Only(stored, Judged).AlertId, CancellationToken.None)).ShouldBe(Only(stored, Judged));
        (await store.GetAlertAsync(999_999, CancellationToken.None)).ShouldBeNull();
    }

    [Test]
    public async Task The_links_view_gives_each_links_first_and_last_night()
    {
        var store = await MigratedStoreAsync();
        await RunNightAsync(store, March1, Judged);
        await RunNightAsync(store, March2, TestAlerts.Link("REC-2"));
        await RunNightAsync(store, March3, Judged);

        var nights = await Probe.ScalarAsync<long>(
            "SELECT nights_seen FROM links WHERE record_id = @RecordId AND first_seen_date = @First AND last_seen_date = @Last",
            new { Judged.RecordId, First = Probe.Date(March1), Last = Probe.Date(March3) });

        nights.ShouldBe(2);
    }

    private Task<AlertDisposition?> DisposeAsync(StoredLinkAlert alert, Disposition verdict) =>
        Store.DisposeAsync(
            new DispositionRequest(alert.AlertId, verdict, "DC A. Example", "checked against the custody record", At(alert.RunDate, 9)),
            CancellationToken.None);
}
