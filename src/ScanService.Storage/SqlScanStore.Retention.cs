using System.Globalization;
using Dapper;
using ScanService.Model;

namespace ScanService.Storage;

/// <summary>Retention: what policy says may go, in one transaction, recorded in the audit log.</summary>
internal sealed partial class SqlScanStore
{
    public async Task<PurgeResult> PurgeAsync(PurgeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.PurgedBy);

        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var cutoff = new { Cutoff = _dialect.ToDbDate(request.RunsBefore) };

        Task<int> Delete(string sql, object parameters) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        // Input checksums (V005) go with their runs; the archived files themselves are the operators' to keep.
        await Delete(ScanSql.PurgeRunInputs, cutoff);
        var result = new PurgeResult(
            LinkAlerts: await Delete(ScanSql.PurgeLinkAlerts, cutoff),
            PatternAlerts: await Delete(ScanSql.PurgePatternAlerts, cutoff),
            ComplianceAlerts: await Delete(ScanSql.PurgeComplianceAlerts, cutoff),
            RunSources: await Delete(ScanSql.PurgeRunSources, cutoff),
            Runs: await Delete(ScanSql.PurgeRuns, cutoff),
            AuditEntries: await Delete(ScanSql.PurgeAudit, new { AuditCutoff = AuditTime(request.AuditBefore) }))
        {
            HistoryRows = await Delete(ScanSql.PurgeHistory, cutoff),
        };

        if (request.DryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
            return result;
        }

        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"runs before {request.RunsBefore:yyyy-MM-dd}, audit entries before {request.AuditBefore.ToUniversalTime():yyyy-MM-dd HH:mm}Z: " +
            $"{result.Runs} runs, {result.LinkAlerts} link alerts, {result.PatternAlerts} pattern alerts, " +
            $"{result.ComplianceAlerts} compliance alerts, {result.HistoryRows} history rows, {result.RunSources} source reports, {result.AuditEntries} audit entries");
        var audit = AuditEntry.New(request.PurgedAt, AuditAction.DataPurged, request.PurgedBy, rowCount: result.Runs, detail: detail);
        await InsertAuditAsync(connection, transaction, audit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
