using ScanService.Model;
using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

/// <summary>
/// What a completed night hands back is what the store holds: the same ids, first-seen dates and statuses a fresh
/// read gives, whatever order the alerts came in, across many rows (SQLite writes them dozens per statement).
/// </summary>
public abstract partial class ScanStoreContract
{
    [Test]
    public async Task A_night_of_many_alerts_handed_in_any_order_returns_exactly_what_a_fresh_read_gives_in_alert_order()
    {
        var store = await MigratedStoreAsync();
        var links = TestAlerts.Many(150);
        var (_, first) = await RunNightAsync(store, March1, OutOfOrder(links[..100]));
        var suppressed = links[10];
        var reopened = links[11];
        await DisposeAsync(Only(first, suppressed), Disposition.FalsePositive);
        await DisposeAsync(Only(first, reopened), Disposition.FalsePositive);
        var tonight = links.Select(link => link == reopened ? WithMoreEvidence(link) : link).ToArray();

        var (runId, second) = await RunNightAsync(store, March2, OutOfOrder(tonight));

        second.ShouldBe(await store.GetAlertsAsync(runId, CancellationToken.None));
        second.Select(a => LinkAlertKey.Of(a.Alert)).ShouldBe(tonight.Select(LinkAlertKey.Of).OrderBy(Ordinal.Key, Ordinal.Instance));
        second.Select(a => a.AlertId).Distinct().Count().ShouldBe(tonight.Length);
        Only(second, suppressed).Status.ShouldBe(AlertStatus.Suppressed);
        Only(second, reopened).Status.ShouldBe(AlertStatus.New);
        Only(second, reopened).FirstSeenDate.ShouldBe(March1);
        second.Count(a => a.Status == AlertStatus.Repeat).ShouldBe(98);
        second.Where(a => a.Status == AlertStatus.New).Select(a => a.FirstSeenDate).Distinct().ShouldBe([March1, March2], ignoreOrder: true);
        second.Count(a => a.FirstSeenDate == March2).ShouldBe(50);
        second.Where(a => a.FirstSeenDate == March1).ShouldAllBe(a => a.Status != AlertStatus.New || a.Alert.RecordId == reopened.RecordId);
    }

    [Test]
    public async Task A_rerun_of_a_night_of_many_alerts_returns_exactly_what_replaced_it()
    {
        var store = await MigratedStoreAsync();
        var links = TestAlerts.Many(150);
        await RunNightAsync(store, March1, links[..100]);
        var (firstRunId, firstRun) = await RunNightAsync(store, March2, links);

        var (rerunId, rerun) = await RunNightAsync(store, March2, OutOfOrder(links[50..]));

        rerun.ShouldBe(await store.GetAlertsAsync(rerunId, CancellationToken.None));
        (await store.GetAlertsAsync(firstRunId, CancellationToken.None)).ShouldBeEmpty();
        rerun.Select(a => a.AlertId).ShouldAllBe(id => firstRun.All(replaced => replaced.AlertId < id));
        rerun.Select(a => (a.Alert, a.FirstSeenDate, a.Status))
            .ShouldBe(firstRun.Where(a => links[50..].Contains(a.Alert)).Select(a => (a.Alert, a.FirstSeenDate, a.Status)), ignoreOrder: true);
    }

    /// <summary>Neither in the order the store returns nor the order it writes: interleaved from both ends.</summary>
    private static LinkAlert[] OutOfOrder(IReadOnlyList<LinkAlert> alerts) =>
        Enumerable.Range(0, alerts.Count).Select(i => alerts[i % 2 == 0 ? i / 2 : alerts.Count - 1 - i / 2]).ToArray();

    private static LinkAlert WithMoreEvidence(LinkAlert link) => link with
    {
        MatchedOn = link.MatchedOn + "+phone",
        Explanation = link.Explanation.Replace(" · total", " · phone: +2.0 (exact …123) · total", StringComparison.Ordinal),
    };

    /// <summary>The order alerts are returned in: investigation, subject, source, record, rule, compared ordinally.</summary>
    private sealed class Ordinal : IComparer<(string, string, string, string, string)>
    {
        public static readonly Ordinal Instance = new();

        public static (string, string, string, string, string) Key(LinkAlertKey key) =>
            (key.InvestigationRef, key.SubjectRef, key.Source, key.RecordId, key.RuleId);

        public int Compare((string, string, string, string, string) x, (string, string, string, string, string) y)
        {
            var order = string.CompareOrdinal(x.Item1, y.Item1);
            order = order != 0 ? order : string.CompareOrdinal(x.Item2, y.Item2);
            order = order != 0 ? order : string.CompareOrdinal(x.Item3, y.Item3);
            order = order != 0 ? order : string.CompareOrdinal(x.Item4, y.Item4);
            return order != 0 ? order : string.CompareOrdinal(x.Item5, y.Item5);
        }
    }
}
