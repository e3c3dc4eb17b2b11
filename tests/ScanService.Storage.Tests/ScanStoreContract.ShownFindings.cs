using ScanService.Model;
using ScanService.Store;

namespace ScanService.Storage.Tests;

/// <summary>
/// What the digest reads of a night's pattern and compliance alerts: the first of each group in digest order and the
/// group's count, exactly what the whole read would give once cut to the cap.
/// </summary>
public abstract partial class ScanStoreContract
{
    private const int Cap = 3;

    // Keys of one length and case, so that every database's collation puts them in the order ordinal comparison does;
    // written out of order, so that the order read back is the query's and not the order of the writes.
    private static readonly string[] StillOpenKeys = ["k-05", "k-01", "k-09", "k-03", "k-07"];
    private static readonly string[] ClosedKeys = ["k-06", "k-02", "k-10", "k-04", "k-08", "k-00"];
    private static readonly string[] NewKeys = ["k-13", "k-11", "k-14", "k-12"];

    private static PatternAlert SharedValue(string rule, string key) =>
        new(rule, 1, key, "phone …" + key[^2..], ["nrm-referrals/A-" + key, "helpline-reports/B-" + key], 2, "2 distinct people …");

    private static ComplianceAlert Unrecorded(string rule, string key) =>
        new(rule, 1, "nrm-referrals", key, March1, $"{key} has no crime record");

    // Two rules, so that the order is by rule first: each key is alerted by both, the second rule listed first.
    private static PatternAlert[] PatternsOf(IEnumerable<string> keys) =>
        [.. keys.SelectMany(k => new[] { SharedValue("shared-phone", k), SharedValue("crowded-address", k) })];

    private static ComplianceAlert[] ComplianceOf(IEnumerable<string> keys) =>
        [.. keys.SelectMany(k => new[] { Unrecorded("nrm-without-crime", k), Unrecorded("dwp-without-crime", k) })];

    /// <summary>
    /// The night before: alerts still open tonight and alerts that close tonight. Tonight: those still open and new
    /// ones. Each group holds more alerts than <see cref="Cap"/>, and a count of its own.
    /// </summary>
    private async Task<long> NightWithEveryGroupOverTheCapAsync(IScanStore store)
    {
        await CompleteWithFindingsAsync(store, March1, [],
            PatternsOf(StillOpenKeys.Concat(ClosedKeys)), ComplianceOf(ClosedKeys.Concat(StillOpenKeys)));
        return await CompleteWithFindingsAsync(store, March2, [],
            PatternsOf(NewKeys.Concat(StillOpenKeys)), ComplianceOf(StillOpenKeys.Concat(NewKeys)));
    }

    private static (string Rule, string Key)[] FirstInDigestOrder(string[] keys, int count) =>
        [.. keys.SelectMany(k => new[] { ("crowded-address", k), ("shared-phone", k) }).Order().Take(count)];

    private static (string Rule, string Key)[] FirstComplianceInDigestOrder(string[] keys, int count) =>
        [.. keys.SelectMany(k => new[] { ("dwp-without-crime", "nrm-referrals/" + k), ("nrm-without-crime", "nrm-referrals/" + k) }).Order().Take(count)];

    [Test]
    public async Task The_digest_read_holds_the_first_alerts_of_each_group_in_digest_order_and_each_groups_count()
    {
        var store = await MigratedStoreAsync();
        var tonight = await NightWithEveryGroupOverTheCapAsync(store);

        var shown = await store.GetShownFindingsAsync(tonight, Cap, CancellationToken.None);

        Keys(shown.Patterns.New).ShouldBe(FirstInDigestOrder(NewKeys, Cap));
        Keys(shown.Patterns.StillOpen).ShouldBe(FirstInDigestOrder(StillOpenKeys, Cap));
        Keys(shown.Patterns.ClosedTonight).ShouldBe(FirstInDigestOrder(ClosedKeys, Cap));
        Totals(shown.Patterns).ShouldBe((2 * NewKeys.Length, 2 * StillOpenKeys.Length, 2 * ClosedKeys.Length));
        Keys(shown.Compliance.New).ShouldBe(FirstComplianceInDigestOrder(NewKeys, Cap));
        Keys(shown.Compliance.StillOpen).ShouldBe(FirstComplianceInDigestOrder(StillOpenKeys, Cap));
        Keys(shown.Compliance.ClosedTonight).ShouldBe(FirstComplianceInDigestOrder(ClosedKeys, Cap));
        Totals(shown.Compliance).ShouldBe((2 * NewKeys.Length, 2 * StillOpenKeys.Length, 2 * ClosedKeys.Length));
        shown.Patterns.New.First.ShouldAllBe(p => p.Status == AlertStatus.New && p.FirstSeenDate == March2);
        shown.Compliance.StillOpen.First.ShouldAllBe(c => c.Status == AlertStatus.Repeat && c.FirstSeenDate == March1);
        shown.Patterns.ClosedTonight.First.ShouldAllBe(p => p.RunDate == March1);
    }

    [Test]
    public async Task The_digest_read_is_the_whole_read_cut_to_the_cap_alert_for_alert()
    {
        var store = await MigratedStoreAsync();
        var tonight = await NightWithEveryGroupOverTheCapAsync(store);

        var shown = await store.GetShownFindingsAsync(tonight, Cap, CancellationToken.None);
        var whole = await store.GetFindingsAsync(tonight, CancellationToken.None);

        Describe(shown).ShouldBe(Describe(ShownFindings.FirstOf(whole, Cap)));
    }

    [Test]
    public async Task A_cap_larger_than_every_group_reads_each_group_whole()
    {
        var store = await MigratedStoreAsync();
        var tonight = await NightWithEveryGroupOverTheCapAsync(store);

        var shown = await store.GetShownFindingsAsync(tonight, 1000, CancellationToken.None);
        var whole = await store.GetFindingsAsync(tonight, CancellationToken.None);

        Keys(shown.Patterns.StillOpen).ShouldBe(FirstInDigestOrder(StillOpenKeys, int.MaxValue));
        Keys(shown.Compliance.ClosedTonight).ShouldBe(FirstComplianceInDigestOrder(ClosedKeys, int.MaxValue));
        shown.Patterns.New.First.Count.ShouldBe(shown.Patterns.New.Total);
        Describe(shown).ShouldBe(Describe(ShownFindings.FirstOf(whole, int.MaxValue)));
    }

    [Test]
    public async Task A_night_without_findings_after_one_without_findings_reads_empty_groups_counted_nought()
    {
        var store = await MigratedStoreAsync();
        await CompleteWithFindingsAsync(store, March1, [], [], []);
        var tonight = await CompleteWithFindingsAsync(store, March2, [], [], []);

        var shown = await store.GetShownFindingsAsync(tonight, Cap, CancellationToken.None);

        Describe(shown).ShouldBe(Describe(ShownFindings.None));
        (await store.GetShownFindingsAsync(tonight + 100, Cap, CancellationToken.None)).ShouldBe(ShownFindings.None);
    }

    [Test]
    public async Task An_earlier_run_of_a_night_run_again_reads_as_the_whole_read_of_that_run_does()
    {
        var store = await MigratedStoreAsync();
        var earlier = await NightWithEveryGroupOverTheCapAsync(store);
        var rerun = await CompleteWithFindingsAsync(store, March2, [], PatternsOf(NewKeys), ComplianceOf(StillOpenKeys));

        foreach (var run in new[] { earlier, rerun })
        {
            var shown = await store.GetShownFindingsAsync(run, Cap, CancellationToken.None);
            var whole = await store.GetFindingsAsync(run, CancellationToken.None);
            Describe(shown).ShouldBe(Describe(ShownFindings.FirstOf(whole, Cap)), $"run {run}");
        }

        Totals((await store.GetShownFindingsAsync(rerun, Cap, CancellationToken.None)).Patterns)
            .ShouldBe((2 * NewKeys.Length, 0, 2 * (StillOpenKeys.Length + ClosedKeys.Length)));
    }

    [Test]
    public async Task The_digest_read_needs_a_cap_of_at_least_one()
    {
        var store = await MigratedStoreAsync();

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => store.GetShownFindingsAsync(1, 0, CancellationToken.None));
    }

    private static (string Rule, string Key)[] Keys(AlertGroup<StoredPatternAlert> group) =>
        [.. group.First.Select(p => (p.Alert.RuleId, p.Alert.PatternKey))];

    private static (string Rule, string Key)[] Keys(AlertGroup<StoredComplianceAlert> group) =>
        [.. group.First.Select(c => (c.Alert.RuleId, c.Alert.AlertKey))];

    private static (int New, int StillOpen, int Closed) Totals<T>(FindingGroups<T> groups) =>
        (groups.New.Total, groups.StillOpen.Total, groups.ClosedTonight.Total);

    // Every stored field of every alert listed, and the counts: records holding member lists do not compare by value.
    private static string[] Describe(ShownFindings findings) =>
    [
        .. Describe(findings.Patterns, p => $"{p.AlertId} {p.RunDate} {p.FirstSeenDate} {p.Status} {p.Alert with { Members = [] }} [{string.Join(", ", p.Alert.Members)}]"),
        .. Describe(findings.Compliance, c => $"{c.AlertId} {c.RunDate} {c.FirstSeenDate} {c.Status} {c.Alert}"),
    ];

    private static IEnumerable<string> Describe<T>(FindingGroups<T> groups, Func<T, string> alert) =>
        new[] { ("new", groups.New), ("still open", groups.StillOpen), ("closed", groups.ClosedTonight) }
            .SelectMany(g => g.Item2.First.Select(a => $"{g.Item1}: {alert(a)}").Prepend($"{g.Item1}: {g.Item2.Total} in all"));
}
