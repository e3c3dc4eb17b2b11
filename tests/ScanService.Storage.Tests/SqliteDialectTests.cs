using Dapper;
using Microsoft.Data.Sqlite;
using ScanService.Storage.Dialects;
using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

/// <summary>What only SQLite needs: the file, its folder and the session settings the store relies on.</summary>
public sealed class SqliteDialectTests
{
    private SqliteTestDatabase _database = null!;

    [SetUp]
    public async Task CreateADatabaseInAFolderThatDoesNotExistYet() =>
        _database = (SqliteTestDatabase)await SqliteTestDatabase.CreateAsync();

    [TearDown]
    public async Task DropTheDatabase() => await _database.DisposeAsync();

    [Test]
    public async Task Opening_creates_the_database_folder_and_file()
    {
        await using var connection = await new SqliteDialect(_database.ConnectionString).OpenConnectionAsync(CancellationToken.None);

        File.Exists(_database.FilePath).ShouldBeTrue();
    }

    [Test]
    public async Task Connections_use_wal_with_foreign_keys_on_and_a_busy_timeout()
    {
        await using var connection = await new SqliteDialect(_database.ConnectionString).OpenConnectionAsync(CancellationToken.None);

        (await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode")).ShouldBe("wal");
        (await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys")).ShouldBe(1);
        (await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout")).ShouldBeGreaterThanOrEqualTo(5_000);
    }

    [Test]
    public async Task A_source_report_of_a_run_that_does_not_exist_is_refused_by_the_foreign_key()
    {
        var dialect = new SqliteDialect(_database.ConnectionString);
        await new SqlScanStore(dialect).MigrateAsync(CancellationToken.None);
        await using var connection = await dialect.OpenConnectionAsync(CancellationToken.None);

        await Should.ThrowAsync<SqliteException>(() => connection.ExecuteAsync(
            "INSERT INTO scan_run_sources (run_id, source, file_name, outcome, rows_read, accepted, rejected, field_issues) " +
            "VALUES (999, 's', 's.csv', 'read', 0, 0, 0, 0)"));
    }

    [TestCase("Data Source=:memory:")]
    [TestCase("Data Source=scan;Mode=Memory;Cache=Shared")]
    [TestCase("Mode=ReadWriteCreate")]
    public void An_in_memory_database_is_refused_because_each_operation_would_see_an_empty_one(string connectionString)
    {
        Should.Throw<ArgumentException>(() => ScanStoreFactory.Create("sqlite", connectionString))
            .Message.ShouldContain("needs a SQLite database file");
    }

    [Test]
    public void Dates_are_stored_as_iso_text_and_instants_in_the_round_trip_format()
    {
        var dialect = new SqliteDialect(_database.ConnectionString);
        var instant = new DateTimeOffset(2024, 3, 2, 1, 30, 15, TimeSpan.FromHours(1)).AddTicks(1234567);

        dialect.ToDbDate(new DateOnly(2024, 3, 1)).ShouldBe("2024-03-01");
        dialect.ToDbTimestamp(instant).ShouldBe("2024-03-02T01:30:15.1234567+01:00");
        var readBack = dialect.FromDbTimestamp(dialect.ToDbTimestamp(instant));
        readBack.ShouldBe(instant);
        readBack.Offset.ShouldBe(TimeSpan.FromHours(1));
    }
}
