using Dapper;
using ScanService.Storage.Dialects;
using ScanService.Storage.Tests.Support;

namespace ScanService.Storage.Tests;

/// <summary>
/// On SQLite, every look-up a night makes among the pattern and compliance alerts of other nights seeks one alert's
/// identity, never ranges over whole nights of alerts: an overdue referral is an alert every night until it is
/// followed up, so a look-up per alert that ranged over nights made a night's write and digest grow with the square
/// of the alerts kept (V009).
/// </summary>
public sealed class SqliteFindingAlertPlanTests
{
    private SqliteTestDatabase _database = null!;

    [SetUp]
    public async Task CreateAMigratedDatabase()
    {
        _database = (SqliteTestDatabase)await SqliteTestDatabase.CreateAsync();
        await new SqlScanStore(new SqliteDialect(_database.ConnectionString)).MigrateAsync(CancellationToken.None);
    }

    [TearDown]
    public async Task DropTheDatabase() => await _database.DisposeAsync();

    private static readonly Dictionary<string, string> Statements = new()
    {
        ["pattern first seen (SQLite)"] = ScanSql.InsertPatternAlert.FirstSeenBefore,
        ["pattern insert (servers)"] = ScanSql.InsertPatternAlert.WithLookUp,
        ["compliance first seen (SQLite)"] = ScanSql.InsertComplianceAlert.FirstSeenBefore,
        ["compliance insert (servers)"] = ScanSql.InsertComplianceAlert.WithLookUp,
        ["closed patterns"] = ScanSql.SelectClosedPatternAlerts,
        ["closed compliance"] = ScanSql.SelectClosedComplianceAlerts,
    };

    [TestCase("pattern first seen (SQLite)", "rule_id=? AND pattern_key=? AND run_date<?")]
    [TestCase("pattern insert (servers)", "rule_id=? AND pattern_key=? AND run_date<?")]
    [TestCase("compliance first seen (SQLite)", "rule_id=? AND alert_key=? AND run_date<?")]
    [TestCase("compliance insert (servers)", "rule_id=? AND alert_key=? AND run_date<?")]
    [TestCase("closed patterns", "run_date=? AND rule_id=? AND pattern_key=?")]
    [TestCase("closed compliance", "run_date=? AND rule_id=? AND alert_key=?")]
    public async Task Each_alerts_look_up_of_other_nights_seeks_its_identity(string statement, string seek)
    {
        var sql = Statements[statement];
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_database.ConnectionString);

        var plan = await PlanAsync(connection, sql);

        plan.ShouldContain(detail => detail.Contains($"({seek})", StringComparison.Ordinal), string.Join("\n", plan));
        plan.ShouldNotContain(detail => detail.Contains("(run_date<?)", StringComparison.Ordinal) || detail.Contains("(run_id=?)", StringComparison.Ordinal),
            string.Join("\n", plan));
    }

    /// <summary>A new row's first-seen date is read from the identity index alone, not from each earlier row (V011).</summary>
    [TestCase("pattern first seen (SQLite)", "ix_pattern_alerts_identity")]
    [TestCase("compliance first seen (SQLite)", "ix_compliance_alerts_identity")]
    public async Task The_first_seen_look_up_reads_only_the_identity_index(string statement, string index)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_database.ConnectionString);

        var plan = await PlanAsync(connection, Statements[statement]);

        plan.ShouldContain(detail => detail.Contains($"USING COVERING INDEX {index} ", StringComparison.Ordinal), string.Join("\n", plan));
    }

    /// <summary>
    /// An open alert is written again every night, so each index costs hundreds of thousands of inserts a national
    /// night: the finding tables keep only the indexes a query above or a retention purge uses (V011).
    /// </summary>
    [TestCase("pattern_alerts", "ix_pattern_alerts_identity", "ix_pattern_alerts_run", "sqlite_autoindex_pattern_alerts_1")]
    [TestCase("compliance_alerts", "ix_compliance_alerts_identity", "ix_compliance_alerts_record", "ix_compliance_alerts_run", "sqlite_autoindex_compliance_alerts_1")]
    public async Task The_finding_tables_keep_only_the_indexes_their_queries_use(string table, params string[] expected)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_database.ConnectionString);

        var indexes = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = @Table ORDER BY name", new { Table = table });

        indexes.ShouldBe(expected);
    }

    private static async Task<string[]> PlanAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql) =>
        (await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, Parameters(sql)))
        .Select(row => row.Detail).ToArray();

    // The digest's reads of a night (V009's note: a run's alerts are hundreds of thousands on a national night). A page
    // walks the night's unique key in digest order and stops at its end; sought by run instead, the whole night would be
    // sorted for every page. The counts seek the night, by run or by its key, and read no other night.
    [TestCase(nameof(ScanSql.SelectNewPatternAlertsOfRun), true, "sqlite_autoindex_pattern_alerts_1 (run_date=?)")]
    [TestCase(nameof(ScanSql.SelectStillOpenPatternAlertsOfRun), true, "sqlite_autoindex_pattern_alerts_1 (run_date=?)")]
    [TestCase(nameof(ScanSql.SelectClosedPatternAlerts), true, "sqlite_autoindex_pattern_alerts_1 (run_date=?)")]
    [TestCase(nameof(ScanSql.SelectNewComplianceAlertsOfRun), true, "sqlite_autoindex_compliance_alerts_1 (run_date=?)")]
    [TestCase(nameof(ScanSql.SelectStillOpenComplianceAlertsOfRun), true, "sqlite_autoindex_compliance_alerts_1 (run_date=?)")]
    [TestCase(nameof(ScanSql.SelectClosedComplianceAlerts), true, "sqlite_autoindex_compliance_alerts_1 (run_date=?)")]
    [TestCase(nameof(ScanSql.CountPatternAlertsOfRun), false, "ix_pattern_alerts_run (run_id=?)")]
    [TestCase(nameof(ScanSql.CountComplianceAlertsOfRun), false, "ix_compliance_alerts_run (run_id=?)")]
    public async Task Each_digest_read_of_a_night_seeks_that_night_and_a_page_needs_no_sort(string statement, bool paged, string seek)
    {
        var sql = (string)typeof(ScanSql).GetField(statement)!.GetValue(null)!;
        if (paged)
        {
            sql = new SqliteDialect(_database.ConnectionString).Page(sql);
        }

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_database.ConnectionString);

        var plan = await PlanAsync(connection, sql);

        var shown = string.Join("\n", plan);
        plan.ShouldContain(detail => detail.StartsWith("SEARCH", StringComparison.Ordinal) && detail.Contains(seek, StringComparison.Ordinal), shown);
        plan.ShouldNotContain(detail => detail.StartsWith("SCAN", StringComparison.Ordinal) && detail != "SCAN CONSTANT ROW", shown);
        plan.ShouldNotContain(detail => detail.Contains("(run_date<?)", StringComparison.Ordinal), shown);
        plan.ShouldNotContain(detail => detail.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal), shown);
    }

    // Every parameter the statement names, bound to something of the right shape: the plan does not depend on values.
    private static DynamicParameters Parameters(string sql)
    {
        var parameters = new DynamicParameters();
        foreach (System.Text.RegularExpressions.Match name in System.Text.RegularExpressions.Regex.Matches(sql, @"@(\w+)"))
        {
            parameters.Add(name.Groups[1].Value, name.Groups[1].Value.Contains("Date", StringComparison.Ordinal) ? "2024-03-02" : "1");
        }

        return parameters;
    }
}
