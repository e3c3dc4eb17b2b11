using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ScanService.Model;
using ScanService.Storage.Rows;

namespace ScanService.Storage.Dialects;

/// <summary>The embedded default: one database file, written by one machine.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimestampFormat = "O";

    // How long a writer waits for another connection's lock (a concurrent migration, an analyst's long read)
    // before failing: generous, because failing a night is far worse than waiting for it.
    private const int BusyTimeoutMilliseconds = 30_000;

    // A night of 100,000 alerts touches tens of megabytes of index pages; SQLite's default 2 MB cache would
    // re-read them from the OS over and over while the night is written.
    private const int CacheKibibytes = 65_536;

    // busy_timeout first, so that switching to WAL waits for a lock instead of failing. WAL lets analysts read
    // while the night is written; the setting is kept in the file, so repeating it on every open is a no-op.
    private static readonly string SessionSettings = string.Create(
        CultureInfo.InvariantCulture,
        $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; " +
        $"PRAGMA cache_size = -{CacheKibibytes}; PRAGMA temp_store = MEMORY;");

    private const string CreateStagingTable = """
        CREATE TEMP TABLE IF NOT EXISTS link_alert_staging (
            run_id INTEGER NOT NULL, source TEXT, record_id TEXT, investigation_ref TEXT, subject_ref TEXT, rule_id TEXT,
            score REAL, matched_on TEXT, explanation TEXT, record_masked TEXT, evidence_fingerprint TEXT,
            rule_version INTEGER)
        """;

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

    public override string CreateSchemaVersionTable => """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     INTEGER PRIMARY KEY,
            description TEXT    NOT NULL,
            applied_at  TEXT    NOT NULL
        )
        """;

    protected override async Task<DbConnection> OpenNewConnectionAsync(CancellationToken cancellationToken)
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

    /// <summary>
    /// Stages into a TEMP table (kept in memory, see <see cref="SessionSettings"/>): the night's rows pass through it
    /// inside one transaction, so writing them to the database file and its WAL would only be cost. Nullable columns,
    /// so that a bad alert is refused by <c>link_alerts</c>, as on every provider.
    /// </summary>
    public override async Task StageAlertsAsync(
        DbConnection connection, DbTransaction transaction, long runId, IReadOnlyList<LinkAlert> alerts, CancellationToken cancellationToken)
    {
        await using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = CreateStagingTable;
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        using var writer = new SqliteRowWriter((SqliteConnection)connection, ScanSql.InsertStagedAlert,
            "@RunId", "@Source", "@RecordId", "@InvestigationRef", "@SubjectRef", "@RuleId", "@Score",
            "@MatchedOn", "@Explanation", "@RecordMasked", "@EvidenceFingerprint", "@RuleVersion");
        foreach (var alert in alerts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Integer(0, runId);
            writer.Text(1, alert.Source);
            writer.Text(2, alert.RecordId);
            writer.Text(3, alert.InvestigationRef);
            writer.Text(4, alert.SubjectRef);
            writer.Text(5, alert.RuleId);
            writer.Real(6, alert.Score);
            writer.Text(7, alert.MatchedOn);
            writer.Text(8, alert.Explanation);
            writer.Text(9, alert.RecordMasked);
            writer.Text(10, EvidenceFingerprint.Of(alert));
            writer.Integer(11, alert.RuleVersion);
            writer.Insert();
        }
    }

    /// <summary>Through <see cref="SqliteRowWriter"/>: a national night holds millions of keys.</summary>
    public override Task InsertHistoryAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<NewHistoryRow> rows, CancellationToken cancellationToken)
    {
        using var writer = new SqliteRowWriter((SqliteConnection)connection, ScanSql.InsertHistory,
            "@RunDate", "@Source", "@RecordId", "@RecordDate", "@PersonKey", "@KeyKind", "@KeyValue", "@KeyMasked");
        // A record's keys come together and share its dates: each date is written out once, not once per key.
        (DateOnly Date, string Text)? runDate = null, recordDate = null;
        string DateText(DateOnly date, ref (DateOnly Date, string Text)? last)
        {
            if (last is not { } known || known.Date != date)
            {
                last = (date, (string)ToDbDate(date));
            }

            return last.Value.Text;
        }

        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Text(0, DateText(row.RunDate, ref runDate));
            writer.Text(1, row.Source);
            writer.Text(2, row.RecordId);
            writer.Text(3, row.RecordDate is { } date ? DateText(date, ref recordDate) : null);
            writer.Text(4, row.PersonKey);
            writer.Text(5, row.KeyKind);
            writer.Text(6, row.KeyValue);
            writer.Text(7, row.KeyMasked);
            writer.Insert();
        }

        return Task.CompletedTask;
    }

    // SQLite has no OFFSET ... FETCH.
    protected override string PageClause => "LIMIT @Take OFFSET @Skip";

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
