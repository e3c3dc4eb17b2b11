using Dapper;
using ScanService.Storage.Dialects;
using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

/// <summary>
/// On SQLite, record_history is its own index (V007): one B-tree written per key instead of three, and every
/// statement on it a search of that key, never a scan of a table that holds months of national nights. The tables a
/// night writes in bulk check their rows without a temporary table per row (V008).
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

    // Given the kinds as one OR, SQLite kept every key it returned in a temporary index (in memory, with
    // temp_store = MEMORY) so as not to return one twice: half a gigabyte on a national night.
    [Test]
    public async Task Reading_the_scope_searches_the_key_once_per_kind_and_keeps_no_index_of_what_it_returned()
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        var sql = ScanSql.SelectHistoryInScope(_dialect);

        var plan = (await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN " + sql, new { RunDate = "2024-03-02", PatternsFrom = "2024-02-01", RecordSources = new[] { "nrm-referrals" } }))
            .Select(row => row.Detail).ToArray();

        plan.ShouldNotContain(detail => detail.Contains("MULTI-INDEX OR"));
        plan.ShouldNotContain(detail => detail.Contains("TEMP B-TREE"));
        plan.Count(detail => detail.StartsWith("SEARCH record_history USING PRIMARY KEY (key_kind=?", StringComparison.Ordinal)).ShouldBe(3, string.Join("\n", plan));
    }

    // An IN list in a CHECK makes SQLite open an ephemeral table for the list each time a row is written.
    [TestCase("record_history (run_date, source, record_id, person_key, key_kind, key_value, key_masked) VALUES ('2024-03-01', 's', 'r', 'p', 'phone', 'v', 'm')")]
    [TestCase("link_alerts (run_id, run_date, source, record_id, investigation_ref, subject_ref, rule_id, score, matched_on, explanation, record_masked, first_seen_date, status) VALUES (1, '2024-03-01', 's', 'r', 'i', 's', 'r', 1, 'm', 'e', 'rm', '2024-03-01', 'new')")]
    [TestCase("pattern_alerts (run_id, run_date, rule_id, pattern_key, key_masked, members, member_count, explanation, first_seen_date, last_seen_date, status) VALUES (1, '2024-03-01', 'r', 'k', 'm', 'a', 1, 'e', '2024-03-01', '2024-03-01', 'new')")]
    [TestCase("compliance_alerts (run_id, run_date, rule_id, alert_key, source, record_id, explanation, first_seen_date, last_seen_date, status) VALUES (1, '2024-03-01', 'r', 'k', 's', 'r', 'e', '2024-03-01', '2024-03-01', 'new')")]
    public async Task A_row_of_a_table_a_night_writes_in_bulk_is_checked_without_a_temporary_table(string insert)
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);

        var program = (await connection.QueryAsync("EXPLAIN INSERT INTO " + insert))
            .Select(step => (string)((IDictionary<string, object>)step)["opcode"]).ToArray();

        program.ShouldContain("Insert", "the program read is the insert's");
        program.ShouldNotContain("OpenEphemeral");
    }

    [TestCase("new", ExpectedResult = true)]
    [TestCase("repeat", ExpectedResult = true)]
    [TestCase("suppressed", ExpectedResult = true)]
    [TestCase("closed", ExpectedResult = false)]
    [TestCase("New", ExpectedResult = false)]
    public async Task<bool> The_alert_status_check_admits_the_three_statuses_and_nothing_else(string status)
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync("INSERT INTO scan_runs (run_date, started_at, status, rule_set_hash) VALUES ('2024-03-01', '2024-03-02T01:00:00Z', 'running', '')");
        try
        {
            await connection.ExecuteAsync(
                "INSERT INTO link_alerts (run_id, run_date, source, record_id, investigation_ref, subject_ref, rule_id, score, matched_on, " +
                "explanation, record_masked, first_seen_date, status) VALUES ((SELECT MAX(run_id) FROM scan_runs), '2024-03-01', 's', 'r', 'i', " +
                "'s', 'r', 1, 'm', 'e', 'rm', '2024-03-01', @Status)", new { Status = status });
            return true;
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            return false;
        }
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
