using System.Data.Common;
using Dapper;
using ScanService.Model;
using ScanService.Storage.Rows;

namespace ScanService.Storage;

/// <summary>Analysts' verdicts on alerts, and the audit log that records who saw or judged what.</summary>
internal sealed partial class SqlScanStore
{
    // An open-ended listing still needs a bound every provider can store.
    private static readonly DateTimeOffset EndOfTime = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task<StoredLinkAlert?> GetAlertAsync(long alertId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AlertRow>(new CommandDefinition(
            ScanSql.SelectAlert, new { AlertId = alertId }, cancellationToken: cancellationToken));
        return row is null ? null : _rows.ToAlert(row);
    }

    public async Task<AlertDisposition?> DisposeAsync(DispositionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.DisposedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Reason);

        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AlertRow>(new CommandDefinition(
            ScanSql.SelectAlert, new { request.AlertId }, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var stored = _rows.ToAlert(row);
        var key = LinkAlertKey.Of(stored.Alert);

        // Recomputed rather than copied: rows written before schema version 2 carry no fingerprint.
        var fingerprint = EvidenceFingerprint.Of(stored.Alert);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            _dialect.InsertDispositionReturningId,
            new
            {
                request.AlertId,
                key.Source,
                key.RecordId,
                key.InvestigationRef,
                key.SubjectRef,
                key.RuleId,
                AlertRunDate = _dialect.ToDbDate(stored.RunDate),
                EvidenceFingerprint = fingerprint,
                Disposition = StoredNames.Of(request.Verdict),
                request.DisposedBy,
                request.Reason,
                DisposedAt = _dialect.ToDbTimestamp(request.DisposedAt),
            },
            transaction,
            cancellationToken: cancellationToken));

        var audit = AuditEntry.New(
            request.DisposedAt, AuditAction.AlertDisposed, request.DisposedBy, stored.RunId, rowCount: 1,
            alertIds: [request.AlertId], detail: $"{StoredNames.Of(request.Verdict)} (disposition {id})");
        await InsertAuditAsync(connection, transaction, audit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new AlertDisposition(
            id, request.AlertId, key, stored.RunDate, fingerprint, request.Verdict, request.DisposedBy, request.Reason, request.DisposedAt);
    }

    public async Task<IReadOnlyList<AlertDisposition>> GetDispositionsAsync(long alertId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DispositionRow>(new CommandDefinition(
            ScanSql.SelectDispositionsOfAlert, new { AlertId = alertId }, cancellationToken: cancellationToken));
        return rows.Select(_rows.ToDisposition).ToArray();
    }

    public async Task<long> RecordAuditAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        return await InsertAuditAsync(connection, transaction: null, entry, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(
        DateTimeOffset since, DateTimeOffset? until, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            _dialect.SelectAuditPage,
            new
            {
                Since = AuditTime(since),
                Until = AuditTime(until ?? EndOfTime),
                Skip = skip,
                Take = take,
            },
            cancellationToken: cancellationToken));
        return rows.Select(_rows.ToAudit).ToArray();
    }

    private Task<long> InsertAuditAsync(
        DbConnection connection, DbTransaction? transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Actor);
        return connection.ExecuteScalarAsync<long>(new CommandDefinition(
            _dialect.InsertAuditReturningId,
            new
            {
                OccurredAt = AuditTime(entry.OccurredAt),
                Action = StoredNames.Of(entry.Action),
                entry.Actor,
                entry.RunId,
                entry.RowCount,
                Recipients = AuditLists.Recipients(entry.Recipients),
                AlertIds = AuditLists.AlertIds(entry.AlertIds),
                entry.Detail,
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    // Always UTC: SQLite compares instants as text, which orders correctly only when every offset is the same.
    private object AuditTime(DateTimeOffset instant) => _dialect.ToDbTimestamp(instant.ToUniversalTime());
}
