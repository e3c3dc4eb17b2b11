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

    [TestCase(nameof(ScanSql.InsertPatternAlert), "rule_id=? AND pattern_key=? AND run_date<?")]
    [TestCase(nameof(ScanSql.InsertComplianceAlert), "rule_id=? AND alert_key=? AND run_date<?")]
    [TestCase(nameof(ScanSql.SelectClosedPatternAlerts), "run_date=? AND rule_id=? AND pattern_key=?")]
    [TestCase(nameof(ScanSql.SelectClosedComplianceAlerts), "run_date=? AND rule_id=? AND alert_key=?")]
    public async Task Each_alerts_look_up_of_other_nights_seeks_its_identity(string statement, string seek)
    {
        var sql = (string)typeof(ScanSql).GetField(statement)!.GetValue(null)!;
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_database.ConnectionString);

        var plan = (await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN " + sql, Parameters(sql))).Select(row => row.Detail).ToArray();

        plan.ShouldContain(detail => detail.Contains($"({seek})", StringComparison.Ordinal), string.Join("\n", plan));
        plan.ShouldNotContain(detail => detail.Contains("(run_date<?)", StringComparison.Ordinal) || detail.Contains("(run_id=?)", StringComparison.Ordinal),
            string.Join("\n", plan));
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
