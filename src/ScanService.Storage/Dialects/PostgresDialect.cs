using System.Data.Common;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using ScanService.Model;
using ScanService.Storage.Rows;

namespace ScanService.Storage.Dialects;

/// <summary>PostgreSQL through Npgsql: DATE and TIMESTAMPTZ columns, binary COPY for a night's alerts, an advisory lock for migrations.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    // Any fixed number works as long as every ScanService uses the same one; this spells "ScanSvc" in ASCII.
    private const long MigrationLockKey = 0x5363616E537663;

    // Waiting for another process's migration is normal at start-up; give up only when something is clearly stuck.
    private const int MigrationLockWaitSeconds = 600;

    private const string CopyStagedAlerts = """
        COPY link_alert_staging (run_id, source, record_id, investigation_ref, subject_ref, rule_id, score,
                                 matched_on, explanation, record_masked, evidence_fingerprint, rule_version)
        FROM STDIN (FORMAT BINARY)
        """;

    private readonly string _connectionString;

    public PostgresDialect(string connectionString)
    {
        // Parsing refuses unknown keywords now, at start-up, rather than on the first night.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString).ConnectionString;
    }

    public override string Provider => "postgres";

    public override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public override string CreateSchemaVersionTable => """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     INTEGER     PRIMARY KEY,
            description TEXT        NOT NULL,
            applied_at  TIMESTAMPTZ NOT NULL
        )
        """;

    protected override async Task<DbConnection> OpenNewConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
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

    public override object ToDbDate(DateOnly date) => date;

    public override DateOnly FromDbDate(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        _ => throw new InvalidDataException($"Expected a date from PostgreSQL, got {value.GetType().Name}."),
    };

    // Npgsql writes TIMESTAMPTZ only from UTC values; the offset is not kept (the instant is).
    public override object ToDbTimestamp(DateTimeOffset instant) => instant.ToUniversalTime();

    public override DateTimeOffset FromDbTimestamp(object value) => value switch
    {
        DateTimeOffset instant => instant,
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        _ => throw new InvalidDataException($"Expected a timestamp from PostgreSQL, got {value.GetType().Name}."),
    };

    public override async Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@Key)", new { Key = MigrationLockKey },
            commandTimeout: MigrationLockWaitSeconds, cancellationToken: cancellationToken));
        return new AdvisoryLock(connection);
    }

    /// <summary>Binary COPY: the whole night in one round trip, typed values, no SQL parsing per row.</summary>
    protected override async Task StageAlertsAsync(
        DbConnection connection, DbTransaction transaction, NightAlerts night, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        await using var importer = await npgsql.BeginBinaryImportAsync(CopyStagedAlerts, cancellationToken);
        for (var i = 0; i < night.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var alert = night.Alerts[i];
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(night.RunId, NpgsqlDbType.Bigint, cancellationToken);
            await WriteTextAsync(importer, alert.Source, cancellationToken);
            await WriteTextAsync(importer, alert.RecordId, cancellationToken);
            await WriteTextAsync(importer, alert.InvestigationRef, cancellationToken);
            await WriteTextAsync(importer, alert.SubjectRef, cancellationToken);
            await WriteTextAsync(importer, alert.RuleId, cancellationToken);
            await importer.WriteAsync(alert.Score, NpgsqlDbType.Double, cancellationToken);
            await WriteTextAsync(importer, alert.MatchedOn, cancellationToken);
            await WriteTextAsync(importer, alert.Explanation, cancellationToken);
            await WriteTextAsync(importer, alert.RecordMasked, cancellationToken);
            await WriteTextAsync(importer, night.Fingerprints[i], cancellationToken);
            await importer.WriteAsync(alert.RuleVersion, NpgsqlDbType.Integer, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private const string CopyHistory =
        "COPY record_history (run_date, source, record_id, record_date, person_key, key_kind, key_value, key_masked) FROM STDIN (FORMAT BINARY)";

    public override async Task InsertHistoryAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<NewHistoryRow> rows, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        await using var importer = await npgsql.BeginBinaryImportAsync(CopyHistory, cancellationToken);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(row.RunDate, NpgsqlDbType.Date, cancellationToken);
            await WriteTextAsync(importer, row.Source, cancellationToken);
            await WriteTextAsync(importer, row.RecordId, cancellationToken);
            if (row.RecordDate is { } date)
            {
                await importer.WriteAsync(date, NpgsqlDbType.Date, cancellationToken);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken);
            }

            await WriteTextAsync(importer, row.PersonKey.ToString(), cancellationToken);
            await WriteTextAsync(importer, row.KeyKind, cancellationToken);
            await WriteTextAsync(importer, row.KeyValue.ToString(), cancellationToken);
            await WriteTextAsync(importer, row.KeyMasked, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    // A null (a caller's bug) is staged as NULL, for link_alerts' NOT NULL to refuse like on every provider.
    private static Task WriteTextAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null
            ? importer.WriteNullAsync(cancellationToken)
            : importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private sealed class AdvisoryLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@Key)", new { Key = MigrationLockKey });
            }
            catch (DbException)
            {
                // A broken session has lost its locks already; failing here would hide why migrating failed.
            }
        }
    }
}
