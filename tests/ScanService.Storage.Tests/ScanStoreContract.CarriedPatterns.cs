using ScanService.Model;
using ScanService.Storage.Tests.Support;
using ScanService.Store;

namespace ScanService.Storage.Tests;

/// <summary>
/// What a night in a running service reads of the history: tonight's values and the patterns open the night before,
/// and only when that night's alerts answer for tonight.
/// </summary>
public abstract partial class ScanStoreContract
{
    private static readonly KeyToken PhoneA = KeyToken.Of(new string('a', KeyToken.DigestLength));
    private static readonly KeyToken PhoneB = KeyToken.Of(new string('b', KeyToken.DigestLength));
    private static readonly KeyToken PremisesC = KeyToken.Of(new string('c', KeyToken.DigestLength));

    [Test]
    public async Task The_night_before_carries_its_pattern_alerts_as_stored_when_it_ran_the_same_rules_and_was_completed_last()
    {
        var store = await MigratedStoreAsync();
        (await store.GetCarriedPatternsAsync(March2, "rules-v1", CancellationToken.None)).ShouldBeNull("no night before: nothing vouches for the history");

        await CompleteNightAsync(store, March1, "rules-v1", Pattern("shared-phone", PhoneA), Pattern("crowded-address", PremisesC), Pattern("other-phone-rule", PhoneA));
        var failed = await store.StartRunAsync(March2, At(March2, 1), "rules-v2", CancellationToken.None);
        await store.FailRunAsync(failed, At(March2, 2), "boom", [], CancellationToken.None);

        var carried = await store.GetCarriedPatternsAsync(March2, "rules-v1", CancellationToken.None);
        carried.ShouldNotBeNull();
        carried.Select(Identity).ShouldBe(["crowded-address " + PremisesC, "other-phone-rule " + PhoneA, "shared-phone " + PhoneA], ignoreOrder: true);
        var asStored = carried.Single(a => a.RuleId == "shared-phone");
        asStored.Members.ShouldBe(["nrm-referrals/R1", "nrm-referrals/R2"]);
        asStored.EarliestDay.ShouldBe(March1.AddDays(-20));
        asStored.ShouldBe(Pattern("shared-phone", PhoneA) with { Members = asStored.Members });
        (await store.GetCarriedPatternsAsync(March3, "rules-v1", CancellationToken.None))!.Select(Identity).ShouldBe(carried.Select(Identity), ignoreOrder: true,
            "a night not run in between changes nothing: it has no keys");
        (await store.GetCarriedPatternsAsync(March2, "rules-v2", CancellationToken.None)).ShouldBeNull("other rules: other patterns");
    }

    [Test]
    public async Task An_earlier_night_completed_after_the_night_before_leaves_nothing_to_carry()
    {
        var store = await MigratedStoreAsync();
        await CompleteNightAsync(store, March2, "rules-v1", Pattern("shared-phone", PhoneA));
        (await store.GetCarriedPatternsAsync(March3, "rules-v1", CancellationToken.None)).ShouldNotBeNull();

        // March 1 run late: its keys were never seen by March 2's alerts.
        await CompleteNightAsync(store, March1, "rules-v1", Pattern("shared-phone", PhoneB));

        (await store.GetCarriedPatternsAsync(March3, "rules-v1", CancellationToken.None)).ShouldBeNull();
        (await store.GetCarriedPatternsAsync(March2, "rules-v1", CancellationToken.None))!.Select(Identity).ShouldBe(["shared-phone " + PhoneB],
            "for a rerun of March 2, March 1 is the night before and was completed last");
    }

    [Test]
    public async Task A_rerun_of_the_night_before_carries_its_own_alerts_under_its_own_rules()
    {
        var store = await MigratedStoreAsync();
        await CompleteNightAsync(store, March1, "rules-v1", Pattern("shared-phone", PhoneA));
        await CompleteNightAsync(store, March1, "rules-v2", Pattern("shared-phone", PhoneB));

        (await store.GetCarriedPatternsAsync(March2, "rules-v1", CancellationToken.None)).ShouldBeNull();
        (await store.GetCarriedPatternsAsync(March2, "rules-v2", CancellationToken.None))!.Select(Identity).ShouldBe(["shared-phone " + PhoneB]);
    }

    [Test]
    public async Task A_scope_with_pattern_values_reads_only_their_phones_and_premises_and_every_record_and_reference()
    {
        var store = await MigratedStoreAsync();
        RecordKey[] march1 =
        [
            Key(March1, "P1", RecordKeyKind.Phone, PhoneA.ToString()),
            Key(March1, "P2", RecordKeyKind.Phone, PhoneB.ToString()),
            Key(March1, "P3", RecordKeyKind.Premises, PremisesC.ToString()),
            Key(March1, "P4", RecordKeyKind.Premises, PhoneB.ToString()),
            Key(March1, "N1", RecordKeyKind.Record, ""),
            Key(March1, "REF", RecordKeyKind.Reference, PhoneB.ToString()) with { Source = "crime-records" },
        ];
        await CompleteWithFindingsAsync(store, March1, march1, [], []);

        var scope = new HistoryScope(March1, ["nrm-referrals"], new HashSet<KeyToken> { PhoneA, PremisesC });
        var read = await store.GetHistoryAsync(March2, CancellationToken.None, scope);

        read.Select(k => k.RecordId).ShouldBe(["P1", "P3", "N1", "REF"], ignoreOrder: true);
        read.Single(k => k.RecordId == "P1").ShouldBe(march1[0]);
        var none = await store.GetHistoryAsync(March2, CancellationToken.None, scope with { PatternValues = new HashSet<KeyToken>() });
        none.Select(k => k.RecordId).ShouldBe(["N1", "REF"], ignoreOrder: true);
    }

    // Every alert kept with the earliest day its members counted on (an alert stored without one has none).
    private static PatternAlert Pattern(string ruleId, KeyToken value) =>
        new(ruleId, 1, value.ToString(), "phone …123", ["nrm-referrals/R1", "nrm-referrals/R2"], 2, "2 distinct people …") { EarliestDay = March1.AddDays(-20) };

    private static string Identity(PatternAlert alert) => $"{alert.RuleId} {alert.PatternKey}";

    private async Task CompleteNightAsync(IScanStore store, DateOnly night, string ruleSetHash, params PatternAlert[] patterns)
    {
        var runId = await store.StartRunAsync(night, At(night, 1), ruleSetHash, CancellationToken.None);
        await store.CompleteRunAsync(
            new RunCompletion(runId, night, At(night, 2), [TestAlerts.Source("nrm-referrals")], []) { Patterns = patterns },
            CancellationToken.None);
    }
}
