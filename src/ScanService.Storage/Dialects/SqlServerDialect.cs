using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.SqlClient;
using ScanService.Model;
using ScanService.Storage.Rows;

namespace ScanService.Storage.Dialects;

/// <summary>
/// SQL Server through Microsoft.Data.SqlClient: DATE and DATETIMEOFFSET columns, <c>OUTPUT INSERTED</c> for new keys,
/// SqlBulkCopy for a night's alerts, an application lock for migrations, and scripts split on <c>GO</c>.
/// </summary>
internal sealed partial class SqlServerDialect : SqlDialect
{
    private const string MigrationLockResource = "ScanService.Migrations";
    private const int MigrationLockWaitMilliseconds = 600_000;

    // Checking constraints is what lets a service account with only INSERT on the staging table bulk-load it
    // (without it SQL Server asks for ALTER TABLE); the staging table has no constraints to check anyway.
    private const SqlBulkCopyOptions BulkOptions = SqlBulkCopyOptions.CheckConstraints;

    private readonly string _connectionString;

    public SqlServerDialect(string connectionString)
    {
        // Parsing refuses unknown keywords now, at start-up, rather than on the first night.
        _connectionString = new SqlConnectionStringBuilder(connectionString).ConnectionString;
    }

    public override string Provider => "sqlserver";

    public override string CreateSchemaVersionTable => """
        IF OBJECT_ID(N'schema_version', N'U') IS NULL
        CREATE TABLE schema_version (
            version     INT               NOT NULL CONSTRAINT pk_schema_version PRIMARY KEY,
            description NVARCHAR(400)     NOT NULL,
            applied_at  DATETIMEOFFSET(7) NOT NULL
        )
        """;

    protected override async Task<DbConnection> OpenNewConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // This SqlClient predates DateOnly; midnight DateTime values compare and store exactly as DATE.
    public override object ToDbDate(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

    public override DateOnly FromDbDate(object value) => value switch
    {
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateOnly date => date,
        _ => throw new InvalidDataException($"Expected a date from SQL Server, got {value.GetType().Name}."),
    };

    public override object ToDbTimestamp(DateTimeOffset instant) => instant;

    public override DateTimeOffset FromDbTimestamp(object value) => value switch
    {
        DateTimeOffset instant => instant,
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        _ => throw new InvalidDataException($"Expected a timestamp from SQL Server, got {value.GetType().Name}."),
    };

    /// <summary>Runs each <c>GO</c>-separated batch in turn: SQL Server compiles a batch as a whole.</summary>
    public override async Task ExecuteScriptAsync(
        DbConnection connection, DbTransaction transaction, string script, CancellationToken cancellationToken)
    {
        foreach (var batch in Batches(script))
        {
            await base.ExecuteScriptAsync(connection, transaction, batch, cancellationToken);
        }
    }

    public override async Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var result = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            """
            DECLARE @result INT;
            EXEC @result = sp_getapplock @Resource = @Resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = @Timeout;
            SELECT @result;
            """,
            new { Resource = MigrationLockResource, Timeout = MigrationLockWaitMilliseconds },
            commandTimeout: MigrationLockWaitMilliseconds / 1000 + 30,
            cancellationToken: cancellationToken));
        if (result < 0)
        {
            throw new InvalidOperationException(
                $"Could not take the migration lock (sp_getapplock returned {result}): another ScanService may be migrating this database.");
        }

        return new AppLock(connection);
    }

    /// <summary>SqlBulkCopy into the staging table, inside the completing transaction.</summary>
    protected override async Task StageAlertsAsync(
        DbConnection connection, DbTransaction transaction, NightAlerts night, CancellationToken cancellationToken)
    {
        using var table = StagingTable(night, cancellationToken);
        using var bulk = new SqlBulkCopy((SqlConnection)connection, BulkOptions, (SqlTransaction)transaction)
        {
            DestinationTableName = "link_alert_staging",
            BulkCopyTimeout = 0,
            BatchSize = 0,
        };
        foreach (var column in ScanSql.StagingColumns)
        {
            bulk.ColumnMappings.Add(column, column);
        }

        await bulk.WriteToServerAsync(table, cancellationToken);
    }

    public override async Task InsertHistoryAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<NewHistoryRow> rows, CancellationToken cancellationToken)
    {
        using var table = new DataTable();
        string[] columns = ["run_date", "source", "record_id", "record_date", "person_key", "key_kind", "key_value", "key_masked"];
        foreach (var column in columns)
        {
            table.Columns.Add(column, column is "run_date" or "record_date" ? typeof(DateTime) : typeof(string));
        }

        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            table.Rows.Add(ToDbDate(row.RunDate), row.Source, row.RecordId, row.RecordDate is { } date ? ToDbDate(date) : DBNull.Value,
                row.PersonKey.ToString(), row.KeyKind, row.KeyValue.ToString(), row.KeyMasked);
        }

        using var bulk = new SqlBulkCopy((SqlConnection)connection, BulkOptions, (SqlTransaction)transaction)
        {
            DestinationTableName = "record_history",
            BulkCopyTimeout = 0,
            BatchSize = 0,
        };
        foreach (var column in columns)
        {
            bulk.ColumnMappings.Add(column, column);
        }

        await bulk.WriteToServerAsync(table, cancellationToken);
    }

    /// <summary>The batches of a script: the text between lines holding only <c>GO</c>, empty ones dropped.</summary>
    internal static IReadOnlyList<string> Batches(string script) =>
        GoLine().Split(script).Where(batch => !string.IsNullOrWhiteSpace(batch)).ToArray();

    protected override string InsertReturning(string insertInto, string keyColumn, string values) =>
        $"{insertInto}\nOUTPUT INSERTED.{keyColumn}\n{values}";

    private static DataTable StagingTable(NightAlerts night, CancellationToken cancellationToken)
    {
        var table = new DataTable();
        table.Columns.Add("run_id", typeof(long));
        foreach (var column in ScanSql.StagingColumns.Skip(1))
        {
            table.Columns.Add(column, column switch
            {
                "score" => typeof(double),
                "rule_version" => typeof(int),
                _ => typeof(string),
            });
        }

        for (var i = 0; i < night.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var alert = night.Alerts[i];
            table.Rows.Add(
                night.RunId, alert.Source, alert.RecordId, alert.InvestigationRef, alert.SubjectRef, alert.RuleId, alert.Score,
                alert.MatchedOn, alert.Explanation, alert.RecordMasked, night.Fingerprints[i],
                alert.RuleVersion);
        }

        return table;
    }

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();

    private sealed class AppLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.ExecuteAsync(
                    "EXEC sp_releaseapplock @Resource = @Resource, @LockOwner = 'Session'", new { Resource = MigrationLockResource });
            }
            catch (DbException)
            {
                // A broken session has lost its locks already; failing here would hide why migrating failed.
            }
        }
    }
}
