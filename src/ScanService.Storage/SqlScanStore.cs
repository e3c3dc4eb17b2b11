using System.Data.Common;
using Dapper;
using ScanService.Model;
using ScanService.Storage.Dialects;
using ScanService.Storage.Migrations;
using ScanService.Storage.Rows;
using ScanService.Store;

namespace ScanService.Storage;

/// <summary>
/// The scan store for every SQL database: standard SQL through Dapper, with the few differences between databases
/// in the <see cref="SqlDialect"/>. Each call opens its own (pooled) connection, so one instance is safe to share.
/// </summary>
internal sealed partial class SqlScanStore : IScanStore
{
    private static readonly string Running = StoredNames.Of(RunStatus.Running);
    private static readonly string Completed = StoredNames.Of(RunStatus.Completed);
    private static readonly string Failed = StoredNames.Of(RunStatus.Failed);
    private static readonly string New = StoredNames.Of(AlertStatus.New);
    private static readonly string Repeat = StoredNames.Of(AlertStatus.Repeat);
    private static readonly string Suppressed = StoredNames.Of(AlertStatus.Suppressed);
    private static readonly string FalsePositive = StoredNames.Of(Disposition.FalsePositive);

    private readonly SqlDialect _dialect;
    private readonly RowMapper _rows;
    private readonly Func<IReadOnlyList<Migration>> _migrations;
    private readonly bool _migrateOnStart;

    public SqlScanStore(SqlDialect dialect, bool migrateOnStart = true)
        : this(dialect, () => EmbeddedMigrations.For(dialect.Provider), migrateOnStart)
    {
    }

    internal SqlScanStore(SqlDialect dialect, Func<IReadOnlyList<Migration>> migrations, bool migrateOnStart = true)
    {
        _dialect = dialect;
        _rows = new RowMapper(dialect);
        _migrations = migrations;
        _migrateOnStart = migrateOnStart;
    }

    public Task MigrateAsync(CancellationToken cancellationToken)
    {
        var runner = new MigrationRunner(_dialect, _migrations());
        return _migrateOnStart ? runner.RunAsync(cancellationToken) : runner.CheckCurrentAsync(cancellationToken);
    }

    public async Task<long> StartRunAsync(
        DateOnly runDate, DateTimeOffset startedAt, string ruleSetHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ruleSetHash);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            _dialect.InsertRunReturningId,
            new
            {
                RunDate = _dialect.ToDbDate(runDate),
                StartedAt = _dialect.ToDbTimestamp(startedAt),
                Status = Running,
                RuleSetHash = ruleSetHash,
            },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Everything of a completed night but its history (see <see cref="NightWrite"/>), in the night's transaction:
    /// the run marked completed first, so that a run that is not running fails before its alerts are written.
    /// </summary>
    private async Task<IReadOnlyList<StoredLinkAlert>> WriteCompletionAsync(
        DbConnection connection, DbTransaction transaction, RunCompletion completion, bool withFindings, CancellationToken cancellationToken)
    {
        var runDate = _dialect.ToDbDate(completion.RunDate);
        var marked = await connection.ExecuteAsync(new CommandDefinition(
            ScanSql.MarkRunCompleted,
            new
            {
                completion.RunId,
                RunDate = runDate,
                FinishedAt = _dialect.ToDbTimestamp(completion.FinishedAt),
                Completed,
                Running,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (marked != 1)
        {
            throw await RunNotRunningAsync(connection, transaction, completion.RunId, "completed", completion.RunDate, cancellationToken);
        }

        await Execute(connection, transaction, ScanSql.DeleteAlertsOfDate, new { RunDate = runDate }, cancellationToken);
        var stored = await WriteAlertsAsync(connection, transaction, completion, runDate, cancellationToken);
        await InsertSourcesAsync(connection, transaction, completion.RunId, completion.Sources, cancellationToken);
        if (withFindings)
        {
            await WriteFindingAlertsAsync(connection, transaction, completion.RunId, runDate, completion.Patterns, completion.Compliance, cancellationToken);
        }

        return stored;
    }

    public async Task FailRunAsync(
        long runId, DateTimeOffset finishedAt, string error, IReadOnlyList<SourceReport> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(sources);

        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Alerts of the night are deliberately left alone: a failed rerun must not wipe the last good result.
        var marked = await connection.ExecuteAsync(new CommandDefinition(
            ScanSql.MarkRunFailed,
            new { RunId = runId, FinishedAt = _dialect.ToDbTimestamp(finishedAt), Error = error, Failed, Running },
            transaction,
            cancellationToken: cancellationToken));
        if (marked != 1)
        {
            throw await RunNotRunningAsync(connection, transaction, runId, "failed", runDate: null, cancellationToken);
        }

        await InsertSourcesAsync(connection, transaction, runId, sources, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> WasDigestWrittenAsync(DateOnly runDate, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        var written = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            ScanSql.CountDigestsOfDate, new { RunDate = _dialect.ToDbDate(runDate) }, cancellationToken: cancellationToken));
        return written > 0;
    }

    public async Task RecordDigestAsync(long runId, string digestPath, DateTimeOffset writtenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digestPath);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        var recorded = await connection.ExecuteAsync(new CommandDefinition(
            ScanSql.RecordDigest,
            new { RunId = runId, DigestPath = digestPath, WrittenAt = _dialect.ToDbTimestamp(writtenAt) },
            cancellationToken: cancellationToken));
        if (recorded != 1)
        {
            throw new InvalidOperationException($"Cannot record the digest of run {runId}: there is no such run.");
        }
    }

    public Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken) =>
        QueryRunAsync(ScanSql.SelectRun, new { RunId = runId }, cancellationToken);

    public Task<RunRecord?> GetLatestCompletedRunAsync(CancellationToken cancellationToken) =>
        QueryRunAsync(ScanSql.SelectLatestCompletedRun, new { Completed }, cancellationToken);

    public async Task<IReadOnlyList<StoredLinkAlert>> GetAlertsAsync(long runId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        return await QueryAlertsAsync(connection, transaction: null, runId, cancellationToken);
    }

    /// <summary>
    /// Writes the night into <c>link_alerts</c> with first-seen and status computed as it lands (see
    /// <see cref="SqlDialect.InsertAlertsAsync"/>); then corrects the nights after this one (only a backfill or a rerun
    /// has any) and applies analysts' verdicts, which touch only the links that have one. Returns the night as stored,
    /// in <see cref="AlertOrder"/>.
    /// </summary>
    private async Task<IReadOnlyList<StoredLinkAlert>> WriteAlertsAsync(
        DbConnection connection, DbTransaction transaction, RunCompletion completion, object runDate, CancellationToken cancellationToken)
    {
        var ruleSetHash = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            ScanSql.SelectRuleSetHashOfRun, new { completion.RunId }, transaction, cancellationToken: cancellationToken));
        var night = NightAlerts.Of(completion.RunId, completion.RunDate, ruleSetHash ?? string.Empty, completion.Alerts);
        var inserted = await _dialect.InsertAlertsAsync(connection, transaction, night, cancellationToken);
        await Execute(connection, transaction, ScanSql.RestampFirstSeenAfter, new { RunDate = runDate }, cancellationToken);
        await Execute(connection, transaction, ScanSql.RestampStatusAfter, new { RunDate = runDate, New, Repeat }, cancellationToken);
        await Execute(
            connection,
            transaction,
            ScanSql.ApplyDispositions,
            new { RunDate = runDate, New, Repeat, Suppressed, FalsePositive },
            cancellationToken);

        // The stored alert is the one handed in (the store has just written it), with what the database worked out.
        var written = inserted is null
            ? await _dialect.ReadWrittenAlertsAsync(connection, transaction, night, cancellationToken)
            : await WithVerdictsAsync(connection, transaction, inserted, runDate, cancellationToken);
        var stored = new StoredLinkAlert[night.Count];
        for (var i = 0; i < stored.Length; i++)
        {
            var (alertId, firstSeen, status) = written[i];
            stored[night.PositionOf(i)] = new StoredLinkAlert(alertId, night.Alerts[i], night.RunId, night.RunDate, firstSeen, status)
            {
                RuleSetHash = night.RuleSetHash,
            };
        }

        return stored;
    }

    /// <summary>
    /// The night as inserted, with the statuses analysts' verdicts changed afterwards: only the night's rows whose
    /// link has a verdict are read again.
    /// </summary>
    private static async Task<WrittenAlert[]> WithVerdictsAsync(
        DbConnection connection, DbTransaction transaction, WrittenAlert[] inserted, object runDate, CancellationToken cancellationToken)
    {
        var judged = await connection.QueryAsync<(long AlertId, string Status)>(new CommandDefinition(
            ScanSql.SelectJudgedStatesOfNight, new { RunDate = runDate }, transaction, cancellationToken: cancellationToken));
        var statuses = judged.ToDictionary(row => row.AlertId, row => StoredNames.AlertStatusOf(row.Status));
        if (statuses.Count == 0)
        {
            return inserted;
        }

        return Array.ConvertAll(inserted, alert =>
            statuses.TryGetValue(alert.AlertId, out var status) ? alert with { Status = status } : alert);
    }

    private static Task InsertSourcesAsync(
        DbConnection connection, DbTransaction transaction, long runId, IReadOnlyList<SourceReport> sources, CancellationToken cancellationToken)
    {
        var rows = sources.Select(source => new
        {
            RunId = runId,
            source.Source,
            source.FileName,
            Outcome = StoredNames.Of(source.Outcome),
            source.RowsRead,
            source.Accepted,
            source.Rejected,
            source.FieldIssues,
            source.Error,
        });
        return Execute(connection, transaction, ScanSql.InsertSource, rows, cancellationToken);
    }

    private async Task<IReadOnlyList<StoredLinkAlert>> QueryAlertsAsync(
        DbConnection connection, DbTransaction? transaction, long runId, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<AlertRow>(new CommandDefinition(
            ScanSql.SelectAlertsOfRun, new { RunId = runId }, transaction, cancellationToken: cancellationToken));
        return rows.Select(_rows.ToAlert).Order(AlertOrder.Instance).ToArray();
    }

    private async Task<RunRecord?> QueryRunAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<RunSourceRow>(
            new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return _rows.ToRun(rows.AsList());
    }

    private async Task<InvalidOperationException> RunNotRunningAsync(
        DbConnection connection, DbTransaction transaction, long runId, string verb, DateOnly? runDate, CancellationToken cancellationToken)
    {
        var found = await connection.QuerySingleOrDefaultAsync<RunStateRow>(new CommandDefinition(
            ScanSql.DescribeRun, new { RunId = runId }, transaction, cancellationToken: cancellationToken));
        if (found is null)
        {
            return new InvalidOperationException($"Run {runId} cannot be marked {verb}: there is no such run.");
        }

        var storedDate = _dialect.FromDbDate(found.RunDate);
        return runDate is { } expected && expected != storedDate
            ? new InvalidOperationException($"Run {runId} cannot be marked {verb} for {expected:yyyy-MM-dd}: it is the run of {storedDate:yyyy-MM-dd}.")
            : new InvalidOperationException($"Run {runId} cannot be marked {verb}: it is already {found.Status}.");
    }

    private static Task Execute(
        DbConnection connection, DbTransaction transaction, string sql, object parameters, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
}
