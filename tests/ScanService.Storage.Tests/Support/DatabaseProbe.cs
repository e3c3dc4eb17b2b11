using System.Data.Common;
using Dapper;
using ScanService.Storage.Dialects;

namespace ScanService.Storage.Tests.Support;

/// <summary>Looks at the database behind the store's back, in standard SQL, to check what the interface cannot show.</summary>
public sealed class DatabaseProbe
{
    public static readonly string[] StoreTables =
    [
        "scan_runs", "scan_run_sources", "link_alerts", "alert_dispositions", "audit_log", "pattern_alerts", "compliance_alerts", "scan_run_inputs",
    ];

    private readonly SqlDialect _dialect;

    internal DatabaseProbe(SqlDialect dialect) => _dialect = dialect;

    public async Task<long> CountRowsAsync(string table)
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(SelectCount(table));
    }

    /// <summary>One value from a test's own standard SQL; dates and instants go through the dialect.</summary>
    public async Task<T?> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<T>(sql, parameters);
    }

    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        return await connection.ExecuteAsync(sql, parameters);
    }

    public object Date(DateOnly date) => _dialect.ToDbDate(date);

    public object Instant(DateTimeOffset instant) => _dialect.ToDbTimestamp(instant);

    public async Task<bool> TableExistsAsync(string table)
    {
        try
        {
            await CountRowsAsync(table);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<SchemaVersionRow>> SchemaVersionsAsync()
    {
        await using var connection = await _dialect.OpenConnectionAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<SchemaVersionRow>(
            "SELECT version AS Version, description AS Description, applied_at AS AppliedAt FROM schema_version ORDER BY version");
        return rows.AsList();
    }

    // Table names come only from the tests' own constants.
    private static string SelectCount(string table) => $"SELECT COUNT(*) FROM {table}";
}

/// <summary>A schema_version row; applied_at is kept as the provider returned it, only to compare it with itself.</summary>
public sealed record SchemaVersionRow
{
    public long Version { get; init; }

    public string Description { get; init; } = "";

    public object AppliedAt { get; init; } = null!;
}
