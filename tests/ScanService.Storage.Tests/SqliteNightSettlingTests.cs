using ScanService.Model;
using ScanService.Storage.Dialects;
using ScanService.Storage.Tests.Support;
using ScanService.Store;

namespace ScanService.Storage.Tests;

/// <summary>
/// On SQLite a night's commit does not wait for its write-ahead log to be copied into the database file: the copy is
/// made after the commit, on the night's connection, and is finished once the night's write is let go.
/// </summary>
public sealed class SqliteNightSettlingTests
{
    private static readonly DateOnly Night = new(2024, 3, 1);

    [Test]
    public async Task The_committed_night_is_in_the_database_file_once_its_write_is_let_go()
    {
        await using var database = (SqliteTestDatabase)await SqliteTestDatabase.CreateAsync();
        var store = new SqlScanStore(new SqliteDialect(database.ConnectionString));
        await store.MigrateAsync(CancellationToken.None);
        var runId = await store.StartRunAsync(Night, DateTimeOffset.UnixEpoch, "rules-v1", CancellationToken.None);
        var keys = Enumerable.Range(0, 20_000)
            .Select(i => new RecordKey(Night, "nrm-referrals", $"R{i:00000}", null, $"person-{i}", RecordKeyKind.Phone, $"{i:x32}", "phone …123"))
            .ToArray();
        var beforeTheNight = new FileInfo(database.FilePath).Length;

        var write = await store.BeginNightAsync(runId, Night, CancellationToken.None);
        await write.CompleteAsync(new RunCompletion(runId, Night, DateTimeOffset.UnixEpoch, [], []) { History = keys }, CancellationToken.None);
        await write.DisposeAsync();

        // 20,000 keys of about 100 bytes: well over a megabyte once copied from the log into the file.
        (new FileInfo(database.FilePath).Length - beforeTheNight).ShouldBeGreaterThan(1_000_000);
        (await store.GetHistoryAsync(Night.AddDays(1), CancellationToken.None)).Count.ShouldBe(keys.Length);
    }

    [Test]
    public async Task The_nights_connection_leaves_its_checkpoint_to_after_the_commit()
    {
        await using var database = (SqliteTestDatabase)await SqliteTestDatabase.CreateAsync();
        var dialect = new SqliteDialect(database.ConnectionString);
        await using var connection = await dialect.OpenConnectionAsync(CancellationToken.None);

        await dialect.PrepareNightWriteAsync(connection, CancellationToken.None);

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint";
        (await command.ExecuteScalarAsync()).ShouldBe(0L);
    }
}
