using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using ScanService.Model;
using ScanService.Storage.Rows;

namespace ScanService.Storage.Dialects;

/// <summary>The embedded default: one database file, written by one machine.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    internal const string DateFormat = "yyyy-MM-dd";
    private const string TimestampFormat = "O";

    // Alerts per execution of the night's insert. One row per execution cost about twice the engine time of 64;
    // 16 and 256 measured no different from 64.
    private const int AlertsPerInsert = 64;

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
    /// Straight into <c>link_alerts</c> through statements prepared on the native connection: SQLite has no bulk path
    /// to stage through, and staging, moving and reading the night back cost three passes over it. Each alert's
    /// first-seen date is looked up (the same seek the move makes, earlier nights only) just before its batch of
    /// <see cref="AlertsPerInsert"/> rows is inserted; each row's id is known from the insert, so nothing is read back.
    /// </summary>
    public override async Task<WrittenAlert[]?> InsertAlertsAsync(
        DbConnection connection, DbTransaction transaction, NightAlerts night, CancellationToken cancellationToken)
    {
        var sqlite = (SqliteConnection)connection;
        var runDate = (string)ToDbDate(night.RunDate);
        using var firstSeen = new SqliteStatement(sqlite, ScanSql.SelectFirstSeenBefore,
            "@Source", "@RecordId", "@InvestigationRef", "@SubjectRef", "@RuleId", "@RunDate");
        firstSeen.Text(5, runDate);
        using var batch = InsertAlertsStatement(sqlite, night, AlertsPerInsert);
        using var single = InsertAlertsStatement(sqlite, night, 1);

        var dates = new FirstSeenDates(night.RunDate, runDate);
        var written = new WrittenAlert[night.Count];
        var perRow = ScanSql.AlertRowParameters.Length;
        for (var start = 0; start < written.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (insert, rows) = written.Length - start >= AlertsPerInsert ? (batch, AlertsPerInsert) : (single, 1);
            for (var row = 0; row < rows; row++)
            {
                var alert = night.Alerts[start + row];
                firstSeen.Text(0, alert.Source);
                firstSeen.Text(1, alert.RecordId);
                firstSeen.Text(2, alert.InvestigationRef);
                firstSeen.Text(3, alert.SubjectRef);
                firstSeen.Text(4, alert.RuleId);
                var (firstSeenText, firstSeenDate, status) = dates.LookUp(firstSeen);

                var value = row * perRow;
                insert.Text(value, alert.Source);
                insert.Text(value + 1, alert.RecordId);
                insert.Text(value + 2, alert.InvestigationRef);
                insert.Text(value + 3, alert.SubjectRef);
                insert.Text(value + 4, alert.RuleId);
                insert.Real(value + 5, alert.Score);
                insert.Text(value + 6, alert.MatchedOn);
                insert.Text(value + 7, alert.Explanation);
                insert.Text(value + 8, alert.RecordMasked);
                insert.Text(value + 9, night.Fingerprints[start + row]);
                insert.Integer(value + 10, alert.RuleVersion);
                insert.Text(value + 11, firstSeenText);
                insert.Text(value + 12, StoredNames.Of(status));
                written[start + row] = new WrittenAlert(0, firstSeenDate, status);
            }

            // AUTOINCREMENT ids only grow, one per row as the rows are inserted: the statement's rows end at the last id.
            var lastId = insert.InsertReturningRowId();
            for (var row = 0; row < rows; row++)
            {
                written[start + row] = written[start + row] with { AlertId = lastId - rows + 1 + row };
            }

            start += rows;
        }

        await CheckIdsAsync(connection, transaction, night.RunId, written, cancellationToken);
        return written;
    }

    /// <summary>
    /// The ids worked out for the night must be exactly the ids it holds: as many rows as alerts, the first and last
    /// where expected, none between left out (ids only grow, so no two rows can share one).
    /// </summary>
    private static async Task CheckIdsAsync(
        DbConnection connection, DbTransaction transaction, long runId, WrittenAlert[] written, CancellationToken cancellationToken)
    {
        if (written.Length == 0)
        {
            return;
        }

        var held = await connection.QuerySingleAsync<(long Count, long First, long Last)>(new CommandDefinition(
            ScanSql.SelectAlertIdRangeOfRun, new { RunId = runId }, transaction, cancellationToken: cancellationToken));
        var (first, last) = (written[0].AlertId, written[^1].AlertId);
        if (held.Count != written.Length || held.First != first || held.Last != last || last - first + 1 != written.Length)
        {
            throw new InvalidOperationException(
                $"Run {runId}: wrote {written.Length} alerts as ids {first}-{last}, but it holds {held.Count} alerts with ids {held.First}-{held.Last}.");
        }
    }

    /// <summary>
    /// The night's connection does not checkpoint at its commit: a national night's write-ahead log holds a few
    /// hundred megabytes, and copying them into the database file at the commit kept the night waiting (1.7 s on the
    /// national night). The copy is made just after it, by <see cref="SettleNightAsync"/>.
    /// </summary>
    public override async Task PrepareNightWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint = 0";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Copies the committed night from the write-ahead log into the database file while the digest is made. Passive:
    /// readers and writers carry on meanwhile, and whatever it leaves is copied by the next write's checkpoint.
    /// </summary>
    public override async Task SettleNightAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await command.ExecuteNonQueryAsync();
    }

    private static void Bind(SqliteStatement statement, string[] parameters, object?[] row)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            switch (row[i])
            {
                case null:
                    statement.Text(i, null);
                    break;
                case string text:
                    statement.Text(i, text);
                    break;
                case int or long:
                    statement.Integer(i, Convert.ToInt64(row[i], CultureInfo.InvariantCulture));
                    break;
                case double real:
                    statement.Real(i, real);
                    break;
                default:
                    throw new ArgumentException($"Cannot bind a {row[i]!.GetType().Name} to {parameters[i]}.", nameof(row));
            }
        }
    }

    /// <summary>
    /// A look-up and a plain insert per row, both prepared once. One <c>INSERT … SELECT</c> per row cost SQLite a
    /// statement journal each time (an insert from a query may write many rows, so SQLite keeps a copy of every page it
    /// touches to undo a failed statement): about 16 s for a national night's 364,000 open finding alerts.
    /// </summary>
    public override Task InsertFindingAlertsAsync(
        DbConnection connection, DbTransaction transaction, FindingInsert insert, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var sqlite = (SqliteConnection)connection;
        var (runDateAt, ruleAt, keyAt) = (Array.IndexOf(insert.Parameters, "RunDate"), Array.IndexOf(insert.Parameters, "RuleId"),
            Array.IndexOf(insert.Parameters, insert.IdentityParameter));
        // Prepared for the first row: a night with no alerts of a kind makes no statements for them.
        SqliteStatement? lookUp = null, writer = null;
        FirstSeenDates? dates = null;
        try
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (dates is null)
                {
                    var runDateText = (string)row[runDateAt]!;
                    dates = new FirstSeenDates(FromDbDate(runDateText), runDateText);
                    lookUp = new SqliteStatement(sqlite, insert.FirstSeenBefore, "@RuleId", "@" + insert.IdentityParameter, "@RunDate");
                    lookUp.Text(2, runDateText);
                    writer = new SqliteStatement(sqlite, insert.Row, [.. insert.Parameters.Select(name => "@" + name), "@FirstSeenDate", "@Status"]);
                }

                lookUp!.Text(0, (string?)row[ruleAt]);
                lookUp.Text(1, (string?)row[keyAt]);
                var (firstSeen, _, status) = dates.LookUp(lookUp);
                Bind(writer!, insert.Parameters, row);
                writer!.Text(insert.Parameters.Length, firstSeen);
                writer.Text(insert.Parameters.Length + 1, StoredNames.Of(status));
                writer.Insert();
            }
        }
        finally
        {
            lookUp?.Dispose();
            writer?.Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>Through <see cref="SqliteStatement"/>: a national night holds millions of keys.</summary>
    public override Task InsertHistoryAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<NewHistoryRow> rows, CancellationToken cancellationToken)
    {
        using var writer = new SqliteStatement((SqliteConnection)connection, ScanSql.InsertHistory,
            "@RunDate", "@Source", "@RecordId", "@RecordDate", "@PersonKey", "@KeyKind", "@KeyValue", "@KeyMasked");
        // A record's keys come together and share its dates: each date is written out once, not once per key.
        (DateOnly Date, string Text)? runDate = null, recordDate = null;
        // The hashed keys are written from their digests, never made into strings.
        Span<char> token = stackalloc char[KeyToken.DigestLength];
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
            writer.Text(4, row.PersonKey.AsSpan(token));
            writer.Text(5, row.KeyKind);
            writer.Text(6, row.KeyValue.AsSpan(token));
            writer.Text(7, row.KeyMasked);
            writer.Insert();
        }

        return Task.CompletedTask;
    }

    /// <summary>Stepped on the native connection, each column read as its bytes (see <see cref="SqliteHistoryReader"/>).</summary>
    public override Task<RecordKey[]> ReadHistoryAsync(DbConnection connection, DateOnly runDate, Store.HistoryScope? scope, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new SqliteHistoryReader().Read((SqliteConnection)connection, runDate, scope));
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

    /// <summary>The night's insert of <paramref name="rows"/> alerts at a time, with the values every row shares bound.</summary>
    private SqliteStatement InsertAlertsStatement(SqliteConnection connection, NightAlerts night, int rows)
    {
        var parameters = Enumerable.Range(0, rows)
            .SelectMany(row => ScanSql.AlertRowParameters.Select(name => name + row.ToString(CultureInfo.InvariantCulture)))
            .Concat(ScanSql.AlertNightParameters)
            .ToArray();
        var statement = new SqliteStatement(connection, ScanSql.InsertAlerts(rows), parameters);
        // The night's values are bound once: SQLite keeps a binding until it is replaced.
        var nightValue = rows * ScanSql.AlertRowParameters.Length;
        statement.Integer(nightValue, night.RunId);
        statement.Text(nightValue + 1, (string)ToDbDate(night.RunDate));
        statement.Text(nightValue + 2, night.RuleSetHash);
        return statement;
    }

    /// <summary>
    /// A night's first-seen dates as looked up: a handful, each parsed once and its text kept, rather than a new string
    /// and a parse per alert.
    /// </summary>
    private sealed class FirstSeenDates(DateOnly runDate, string runDateText)
    {
        private readonly List<(byte[] Bytes, string Text, DateOnly Date)> _known = [];

        /// <summary>Runs a first-seen look-up (<see cref="ScanSql.SelectFirstSeenBefore"/>, <see cref="FindingInsert.FirstSeenBefore"/>): the date, and whether the alert is new.</summary>
        public (string Text, DateOnly Date, AlertStatus Status) LookUp(SqliteStatement lookUp)
        {
            if (!lookUp.Read())
            {
                throw new InvalidOperationException("The first-seen look-up returned no row.");
            }

            try
            {
                if (lookUp.ColumnIsNull(0))
                {
                    return (runDateText, runDate, AlertStatus.New);
                }

                var (text, date) = Known(lookUp.ColumnText(0));
                return (text, date, AlertStatus.Repeat);
            }
            finally
            {
                lookUp.Reset();
            }
        }

        private (string Text, DateOnly Date) Known(ReadOnlySpan<byte> stored)
        {
            foreach (var (bytes, text, date) in _known)
            {
                if (stored.SequenceEqual(bytes))
                {
                    return (text, date);
                }
            }

            var newText = Encoding.UTF8.GetString(stored);
            var parsed = DateOnly.ParseExact(newText, DateFormat, CultureInfo.InvariantCulture);
            _known.Add((stored.ToArray(), newText, parsed));
            return (newText, parsed);
        }
    }

    private static bool IsInMemory(SqliteConnectionStringBuilder builder) =>
        builder.Mode == SqliteOpenMode.Memory
        || string.IsNullOrWhiteSpace(builder.DataSource)
        || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);
}
