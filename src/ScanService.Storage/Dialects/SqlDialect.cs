using ScanService.Storage.Rows;
using System.Data.Common;
using Dapper;
using Polly;
using ScanService.Model;
using ScanService.Store;

namespace ScanService.Storage.Dialects;

/// <summary>
/// Everything that differs between databases, and nothing else: the store and the migration runner keep the
/// standard SQL (<see cref="ScanSql"/>). A new provider is a subclass plus a folder of scripts under
/// <c>deploy/database/</c>. Where a statement differs only in one clause (returning a key, paging), it is put
/// together here from <see cref="ScanSql"/>'s constant fragments; no value ever enters SQL text.
/// </summary>
internal abstract class SqlDialect
{
    private static readonly string NewStatus = StoredNames.Of(AlertStatus.New);
    private static readonly string RepeatStatus = StoredNames.Of(AlertStatus.Repeat);

    /// <summary>The provider name accepted by <see cref="ScanStoreFactory"/>; also the folder of its scripts.</summary>
    public abstract string Provider { get; }

    /// <summary>
    /// Wraps every connection opening (Polly: retries with backoff, per-attempt timeout). None by default; the
    /// host sets the configured one, so a database restarting for patching does not fail the night.
    /// </summary>
    public ResiliencePipeline ConnectionRetry { get; set; } = ResiliencePipeline.Empty;

    /// <summary>Opens a connection with the session settings the store relies on (foreign keys, lock waits), through <see cref="ConnectionRetry"/>.</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await ConnectionRetry.ExecuteAsync(
            static (dialect, token) => new ValueTask<DbConnection>(dialect.OpenNewConnectionAsync(token)), this, cancellationToken);

    /// <summary>One attempt at opening a connection; a failed attempt disposes what it created.</summary>
    protected abstract Task<DbConnection> OpenNewConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Inserts a <c>scan_runs</c> row from <c>@RunDate, @StartedAt, @Status, @RuleSetHash</c> and selects its <c>run_id</c>.</summary>
    public string InsertRunReturningId => field ??= InsertReturning(ScanSql.InsertRunInto, "run_id", ScanSql.RunValues);

    public string InsertDispositionReturningId =>
        field ??= InsertReturning(ScanSql.InsertDispositionInto, "disposition_id", ScanSql.DispositionValues);

    public string InsertAuditReturningId => field ??= InsertReturning(ScanSql.InsertAuditInto, "audit_id", ScanSql.AuditValues);

    /// <summary>The audit entries between <c>@Since</c> and <c>@Until</c>, <c>@Take</c> of them after <c>@Skip</c>.</summary>
    public string SelectAuditPage => field ??= ScanSql.SelectAuditBetween + "\n" + PageClause;

    /// <summary>The newest <c>@Take</c> run ids after <c>@Skip</c>.</summary>
    public string SelectRecentRunIds => field ??= ScanSql.SelectRunIdsNewestFirst + "\n" + PageClause;

    /// <summary>
    /// <paramref name="orderedSelect"/>, one of <see cref="ScanSql"/>'s statements ending in its ORDER BY, limited to
    /// <c>@Take</c> rows after <c>@Skip</c>.
    /// </summary>
    public string Page(string orderedSelect) => orderedSelect + "\n" + PageClause;

    /// <summary>Creates <c>schema_version (version, description, applied_at)</c> unless it exists.</summary>
    public abstract string CreateSchemaVersionTable { get; }

    /// <summary>The value stored for a calendar date.</summary>
    public abstract object ToDbDate(DateOnly date);

    public abstract DateOnly FromDbDate(object value);

    /// <summary>The value stored for an instant; it must compare equal to the original when read back.</summary>
    public abstract object ToDbTimestamp(DateTimeOffset instant);

    public abstract DateTimeOffset FromDbTimestamp(object value);

    public DateTimeOffset? FromDbTimestampOrNull(object? value) =>
        value is null or DBNull ? null : FromDbTimestamp(value);

    /// <summary>
    /// Runs one migration script inside <paramref name="transaction"/>. Providers whose scripts need splitting
    /// into batches (SQL Server's <c>GO</c>) override this.
    /// </summary>
    public virtual async Task ExecuteScriptAsync(
        DbConnection connection, DbTransaction transaction, string script, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = script;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Holds a database-wide lock while migrations run on <paramref name="connection"/>, so that services starting
    /// together apply each script once; released on dispose. By default nothing: SQLite's write transactions
    /// (BEGIN IMMEDIATE) already serialise migrating processes.
    /// </summary>
    public virtual Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    /// <summary>
    /// Writes the night's alerts into <c>link_alerts</c> within <paramref name="transaction"/> (the night's old rows
    /// are gone already), in <see cref="NightAlerts.Alerts"/> order, each with its first-seen date and new/repeat
    /// status from the nights before. Returns what each alert was given (id, first-seen, status), in that order, where
    /// the database tells it as each row is written; null where it is to be read back
    /// (<see cref="ReadWrittenAlertsAsync"/>). By default the night is staged in bulk (<see cref="StageAlertsAsync"/>)
    /// and moved into <c>link_alerts</c> by one statement.
    /// </summary>
    public virtual async Task<WrittenAlert[]?> InsertAlertsAsync(
        DbConnection connection, DbTransaction transaction, NightAlerts night, CancellationToken cancellationToken)
    {
        await StageAlertsAsync(connection, transaction, night, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            ScanSql.MoveStagedAlerts,
            new
            {
                night.RunId,
                RunDate = ToDbDate(night.RunDate),
                night.RuleSetHash,
                New = StoredNames.Of(AlertStatus.New),
                Repeat = StoredNames.Of(AlertStatus.Repeat),
            },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            ScanSql.DeleteStagedAlerts, new { night.RunId }, transaction, cancellationToken: cancellationToken));
        return null;
    }

    /// <summary>
    /// What the database worked out for each of the night's alerts once it is written (id, first-seen date, status,
    /// verdicts applied), in <see cref="NightAlerts.Alerts"/> order, read back by link: only those columns, not every
    /// explanation the night just wrote (hundreds of megabytes of text on a national night).
    /// </summary>
    public async Task<WrittenAlert[]> ReadWrittenAlertsAsync(
        DbConnection connection, DbTransaction transaction, NightAlerts night, CancellationToken cancellationToken)
    {
        var positions = new Dictionary<LinkAlertKey, int>(night.Count);
        for (var i = 0; i < night.Count; i++)
        {
            positions.Add(LinkAlertKey.Of(night.Alerts[i]), i);
        }

        var rows = await connection.QueryAsync<AlertStateRow>(new CommandDefinition(
            ScanSql.SelectAlertStatesOfRun, new { night.RunId }, transaction, cancellationToken: cancellationToken));
        var dates = new Dictionary<object, DateOnly>();
        var written = new WrittenAlert[night.Count];
        var read = 0;
        foreach (var row in rows)
        {
            // A night has a handful of first-seen dates; each is converted once.
            if (!dates.TryGetValue(row.FirstSeenDate, out var firstSeen))
            {
                firstSeen = FromDbDate(row.FirstSeenDate);
                dates.Add(row.FirstSeenDate, firstSeen);
            }

            written[positions[row.Key]] = new WrittenAlert(row.AlertId, firstSeen, StoredNames.AlertStatusOf(row.Status));
            read++;
        }

        return read == written.Length
            ? written
            : throw new InvalidOperationException($"Run {night.RunId} wrote {written.Length} alerts but holds {read}.");
    }

    /// <summary>
    /// Loads the night's alerts into <c>link_alert_staging</c> within <paramref name="transaction"/>, in the fastest
    /// way the database offers. By default one prepared ADO.NET insert re-bound per row, all in the caller's
    /// transaction; PostgreSQL and SQL Server override it with their bulk paths.
    /// </summary>
    protected virtual async Task StageAlertsAsync(
        DbConnection connection, DbTransaction transaction, NightAlerts night, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = ScanSql.InsertStagedAlert;
        var values = StagedAlertParameters.AddTo(command);
        await command.PrepareAsync(cancellationToken);
        for (var i = 0; i < night.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            values.Bind(night.RunId, night.Alerts[i], night.Fingerprints[i]);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The history keys of the nights before <paramref name="runDate"/>, all or only those <paramref name="scope"/>
    /// names. A night in a running service reads millions: by default row by row through ADO.NET.
    /// </summary>
    public virtual async Task<RecordKey[]> ReadHistoryAsync(DbConnection connection, DateOnly runDate, HistoryScope? scope, CancellationToken cancellationToken)
    {
        var query = scope is null
            ? new CommandDefinition(ScanSql.SelectHistoryBefore, new { RunDate = ToDbDate(runDate) }, cancellationToken: cancellationToken)
            : new CommandDefinition(
                ScanSql.SelectHistoryInScope(this),
                new
                {
                    RunDate = ToDbDate(runDate),
                    PatternsFrom = ToDbDate(scope.PatternsFrom),
                    RecordSources = FollowedSources(scope),
                },
                cancellationToken: cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(query);
        return await new HistoryKeyReader(this).ReadAsync(reader, scope?.PatternValues, cancellationToken);
    }

    /// <summary>The scope's followed sources; an empty IN list is not valid SQL everywhere, so a name no source can have stands for none.</summary>
    internal static string[] FollowedSources(HistoryScope scope) =>
        scope.RecordSources.Count == 0 ? ["\n"] : [.. scope.RecordSources];

    /// <summary>
    /// Writes the night's history keys within <paramref name="transaction"/>. A night holds a few keys per record
    /// (millions on a national night), so each database uses its bulk path; by default one prepared ADO.NET insert
    /// re-bound per row. The rows are enumerated once, as they are written.
    /// </summary>
    public virtual Task InsertHistoryAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<NewHistoryRow> rows, CancellationToken cancellationToken) =>
        InsertRowsAsync(connection, transaction, ScanSql.InsertHistory,
            ["RunDate", "Source", "RecordId", "RecordDate", "PersonKey", "KeyKind", "KeyValue", "KeyMasked"],
            rows.Select(row => new object?[]
            {
                ToDbDate(row.RunDate), row.Source, row.RecordId, row.RecordDate is { } date ? ToDbDate(date) : null,
                row.PersonKey.ToString(), row.KeyKind, row.KeyValue.ToString(), row.KeyMasked,
            }),
            cancellationToken);

    /// <summary>Readies the connection a night is written through, before its transaction begins; nothing by default.</summary>
    public virtual Task PrepareNightWriteAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Work the database may do once a night has committed, on the night's own connection, while the digest is
    /// made: nothing by default. Its failure loses nothing (the night is committed) and is not reported.
    /// </summary>
    public virtual Task SettleNightAsync(DbConnection connection) => Task.CompletedTask;

    /// <summary>
    /// Writes finding alerts (rows of <see cref="FindingInsert.Parameters"/>), each with its first-seen date and
    /// status: by default one statement per row that works them out itself (<see cref="FindingInsert.WithLookUp"/>).
    /// </summary>
    public virtual Task InsertFindingAlertsAsync(
        DbConnection connection, DbTransaction transaction, FindingInsert insert, IEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        InsertRowsAsync(connection, transaction, insert.WithLookUp, [.. insert.Parameters, "New", "Repeat"],
            rows.Select(row => (object?[])[.. row, NewStatus, RepeatStatus]), cancellationToken);

    /// <summary>
    /// Runs <paramref name="sql"/> once per row within <paramref name="transaction"/>, binding each row's values to
    /// <paramref name="parameters"/> (names without <c>@</c>) in order: a string, a whole number, a real or null.
    /// One prepared ADO.NET command, for the servers' history and finding alerts (SQLite writes both through its own
    /// native statements).
    /// </summary>
    protected async Task InsertRowsAsync(
        DbConnection connection, DbTransaction transaction, string sql, string[] parameters, IEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var bound = parameters.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < bound.Length; i++)
            {
                bound[i].Value = row[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Puts a key-returning insert together: by default standard <c>RETURNING</c> after the values.</summary>
    protected virtual string InsertReturning(string insertInto, string keyColumn, string values) =>
        $"{insertInto}\n{values}\nRETURNING {keyColumn}";

    /// <summary>
    /// "Column is one of the list parameter": Dapper expands <c>IN @List</c> into one parameter per item, except on
    /// PostgreSQL, where the list travels as one array.
    /// </summary>
    public virtual string InList(string column, string parameter) => $"{column} IN {parameter}";

    /// <summary>Limits an ordered query to <c>@Take</c> rows after <c>@Skip</c>: SQL:2008 by default.</summary>
    protected virtual string PageClause => "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY";

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
