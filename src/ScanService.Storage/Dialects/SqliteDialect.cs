using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ScanService.Storage.Dialects;

/// <summary>The embedded default: one database file, written by one machine.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimestampFormat = "O";

    // How long a writer waits for another connection's lock (a concurrent migration, an analyst's long read)
    // before failing: generous, because failing a night is far worse than waiting for it.
    private const int BusyTimeoutMilliseconds = 30_000;

    // busy_timeout first, so that switching to WAL waits for a lock instead of failing. WAL lets analysts read
    // while the night is written; the setting is kept in the file, so repeating it on every open is a no-op.
    private static readonly string SessionSettings = string.Create(
        CultureInfo.InvariantCulture,
        $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");

    private readonly string _connectionString;
    private readonly string _databaseFolder;

    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (IsInMemory(builder))
        {
            throw new ArgumentException(
                "The scan store needs a SQLite database file: it opens a connection per operation, and an " +
                "in-memory database is empty again each time. Give 'Data Source=<path to .db file>'.",
                nameof(connectionString));
        }

        builder.ForeignKeys = true;
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, BusyTimeoutMilliseconds / 1000);
        _connectionString = builder.ToString();
        _databaseFolder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) ?? ".";
    }

    public override string Provider => "sqlite";

    public override string InsertRunReturningId => """
        INSERT INTO scan_runs (run_date, started_at, status, rule_set_hash)
        VALUES (@RunDate, @StartedAt, @Status, @RuleSetHash)
        RETURNING run_id
        """;

    public override string CreateSchemaVersionTable => """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     INTEGER PRIMARY KEY,
            description TEXT    NOT NULL,
            applied_at  TEXT    NOT NULL
        )
        """;

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        // A fresh install points at a folder nobody has created yet (e.g. data/scan.db beside the service).
        Directory.CreateDirectory(_databaseFolder);

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = SessionSettings;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override object ToDbDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public override DateOnly FromDbDate(object value) =>
        DateOnly.ParseExact((string)value, DateFormat, CultureInfo.InvariantCulture);

    public override object ToDbTimestamp(DateTimeOffset instant) =>
        instant.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset FromDbTimestamp(object value) =>
        DateTimeOffset.ParseExact((string)value, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None);

    private static bool IsInMemory(SqliteConnectionStringBuilder builder) =>
        builder.Mode == SqliteOpenMode.Memory
        || string.IsNullOrWhiteSpace(builder.DataSource)
        || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);
}
