using ScanService.Model;
using ScanService.Storage.Migrations;
using ScanService.Store;

namespace ScanService.Storage.Tests;

/// <summary>
/// Versions 7 (re-keyed) and 8 (its kind check, on SQLite) rebuild record_history: a database written before either
/// keeps its history and reads it as before.
/// </summary>
public abstract partial class ScanStoreContract
{
    [TestCase(7)]
    [TestCase(8)]
    public async Task History_written_before_a_version_that_rebuilds_it_is_kept_read_back_and_replaced_by_a_rerun_after_it(int rebuildVersion)
    {
        var beforeCompaction = EmbeddedMigrations.For(Dialect.Provider).Where(m => m.Version < rebuildVersion).ToArray();
        var old = new SqlScanStore(Dialect, () => beforeCompaction);
        await old.MigrateAsync(CancellationToken.None);
        var march1 = new[]
        {
            Key(March1, "R1", RecordKeyKind.Record, "", March1.AddDays(-1)),
            Key(March1, "R1", RecordKeyKind.Phone, "hash-phone-1"),
            Key(March1, "R2", RecordKeyKind.Reference, "NRM-9"),
        };
        await CompleteWithFindingsAsync(old, March1, march1, [], []);
        await CompleteWithFindingsAsync(old, March2, [Key(March2, "R3", RecordKeyKind.Premises, "hash-premises-3")], [], []);

        await Store.MigrateAsync(CancellationToken.None);

        (await Probe.SchemaVersionsAsync()).Select(v => v.Version).ShouldContain(rebuildVersion);
        (await Store.GetHistoryAsync(March2, CancellationToken.None)).ShouldBe(march1, ignoreOrder: true);
        var rerun = new[] { Key(March2, "R3", RecordKeyKind.Premises, "hash-premises-3"), Key(March2, "R4", RecordKeyKind.Record, "") };
        await CompleteWithFindingsAsync(Store, March2, rerun, [], []);
        (await Store.GetHistoryAsync(March3, CancellationToken.None)).ShouldBe([.. march1, .. rerun], ignoreOrder: true);
        (await Store.GetHistoryAsync(March3, CancellationToken.None, new HistoryScope(March2, [])))
            .Select(k => k.RecordId).ShouldBe(["R2", "R3"], ignoreOrder: true);
    }
}
