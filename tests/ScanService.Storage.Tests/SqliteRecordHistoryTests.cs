using Dapper;
using ScanService.Storage.Dialects;
using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

/// <summary>
/// On SQLite, record_history is its own index (V007): one B-tree written per key instead of three, and every
/// statement on it a search of that key, never a scan of a table that holds months of national nights.
/// </summary>
public sealed class SqliteRecordHistoryTests
{
    private SqliteTestDatabase _database = null!;
    private SqliteDialect _dialect = null!;

    [SetUp]
    public async Task CreateAMigratedDatabase()
    {
        _database = (SqliteTestDatabase)await SqliteTestDatabase.CreateAsync();
        _dialect = new SqliteDialect(_database.ConnectionString);
        await new SqlScanStore(_dialect).MigrateAsync(CancellationToken.None);
    }

    [TearDown]
    public async Task DropTheDatabase() => await _database.DisposeAsync();

    [Test]
    public async Task The_table_has_no_rowid_and_no_index_beside_its_key()
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);

        (await connection.ExecuteScalarAsync<string>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'record_history'") ?? "")
            .ShouldContain("WITHOUT ROWID");
        (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'record_history' AND sql IS NOT NULL"))
            .ShouldBeEmpty();
    }

    [Test]
    public async Task Deleting_a_night_deleting_old_nights_and_reading_the_scope_search_the_key()
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        var statements = new[]
        {
            ScanSql.DeleteHistoryOfDate, ScanSql.DeleteHistoryBefore, ScanSql.PurgeHistory, ScanSql.SelectHistoryInScope(_dialect),
        };

        foreach (var sql in statements)
        {
            var plan = (await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(
                "EXPLAIN QUERY PLAN " + sql,
                new { RunDate = "2024-03-02", KeepFrom = "2024-01-01", Cutoff = "2024-01-01", PatternsFrom = "2024-02-01", RecordSources = new[] { "nrm-referrals" } }))
                .Select(row => row.Detail).ToArray();

            plan.ShouldContain(detail => detail.Contains("record_history USING PRIMARY KEY (key_kind=?"), sql);
            plan.ShouldNotContain(detail => detail.StartsWith("SCAN record_history", StringComparison.Ordinal), sql);
        }
    }

    [Test]
    public async Task Writing_a_key_checks_its_kind_without_a_temporary_table_per_row()
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);

        // An IN list in a CHECK makes SQLite open an ephemeral table for the list each time a row is written.
        var program = (await connection.QueryAsync("EXPLAIN " + ScanSql.InsertHistory,
            new { RunDate = "", Source = "", RecordId = "", RecordDate = "", PersonKey = "", KeyKind = "", KeyValue = "", KeyMasked = "" }))
            .Select(step => (string)((IDictionary<string, object>)step)["opcode"]).ToArray();

        program.ShouldContain("Insert", "the program read is the insert's");
        program.ShouldNotContain("OpenEphemeral");
    }

    [TestCase("record", ExpectedResult = true)]
    [TestCase("phone", ExpectedResult = true)]
    [TestCase("premises", ExpectedResult = true)]
    [TestCase("reference", ExpectedResult = true)]
    [TestCase("person", ExpectedResult = false)]
    [TestCase("Phone", ExpectedResult = false)]
    public async Task<bool> The_kind_check_admits_the_four_kinds_and_nothing_else(string kind)
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        try
        {
            await connection.ExecuteAsync(ScanSql.InsertHistory, new
            {
                RunDate = "2024-03-01", Source = "nrm-referrals", RecordId = "R1", RecordDate = (string?)null, PersonKey = "p",
                KeyKind = kind, KeyValue = "v", KeyMasked = "m",
            });
            return true;
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            return false;
        }
    }
}
