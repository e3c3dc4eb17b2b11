using ScanService.Model;
using ScanService.Storage.Migrations;
using ScanService.Store;

namespace ScanService.Storage.Tests;

/// <summary>Version 7 re-keys record_history: a database written before it keeps its history and reads it as before.</summary>
public abstract partial class ScanStoreContract
{
    private const int CompactHistoryVersion = 7;

    [Test]
    public async Task History_written_before_version_7_is_kept_read_back_and_replaced_by_a_rerun_after_it()
    {
        var beforeCompaction = EmbeddedMigrations.For(Dialect.Provider).Where(m => m.Version < CompactHistoryVersion).ToArray();
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

        (await Probe.SchemaVersionsAsync()).Select(v => v.Version).ShouldContain(CompactHistoryVersion);
        (await Store.GetHistoryAsync(March2, CancellationToken.None)).ShouldBe(march1, ignoreOrder: true);
        var rerun = new[] { Key(March2, "R3", RecordKeyKind.Premises, "hash-premises-3"), Key(March2, "R4", RecordKeyKind.Record, "") };
        await CompleteWithFindingsAsync(Store, March2, rerun, [], []);
        (await Store.GetHistoryAsync(March3, CancellationToken.None)).ShouldBe([.. march1, .. rerun], ignoreOrder: true);
        (await Store.GetHistoryAsync(March3, CancellationToken.None, new HistoryScope(March2, [])))
            .Select(k => k.RecordId).ShouldBe(["R2", "R3"], ignoreOrder: true);
    }
}
