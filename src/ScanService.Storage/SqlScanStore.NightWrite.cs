using System.Data.Common;
using ScanService.Model;
using ScanService.Store;

namespace ScanService.Storage;

/// <summary>A night's single transaction, begun before the night is matched (see <see cref="INightWrite"/>).</summary>
internal sealed partial class SqlScanStore
{
    public async Task<INightWrite> BeginNightAsync(long runId, DateOnly runDate, CancellationToken cancellationToken)
    {
        var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        try
        {
            await _dialect.PrepareNightWriteAsync(connection, cancellationToken);
            // On SQLite the transaction takes the write lock now (BEGIN IMMEDIATE), not at its first write.
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new NightWrite(this, connection, transaction, runId, runDate);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<IReadOnlyList<StoredLinkAlert>> CompleteRunAsync(RunCompletion completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completion);
        await using var night = await BeginNightAsync(completion.RunId, completion.RunDate, cancellationToken);
        return await night.CompleteAsync(completion, cancellationToken);
    }

    private sealed class NightWrite(SqlScanStore store, DbConnection connection, DbTransaction transaction, long runId, DateOnly runDate) : INightWrite
    {
        private bool _historyWritten;
        private bool _findingsWritten;
        private bool _ended;
        private Task _settling = Task.CompletedTask;

        public async Task WriteHistoryAsync(IReadOnlyList<RecordKey> tonight, DateOnly? keepHistoryFrom, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(tonight);
            ObjectDisposedException.ThrowIf(_ended, this);
            if (_historyWritten)
            {
                throw new InvalidOperationException("The night's history has already been written in this transaction.");
            }

            await store.WriteHistoryAsync(connection, transaction, runDate, tonight, keepHistoryFrom, cancellationToken);
            _historyWritten = true;
        }

        public async Task WriteFindingsAsync(IReadOnlyList<PatternAlert> patterns, IReadOnlyList<ComplianceAlert> compliance, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(patterns);
            ArgumentNullException.ThrowIfNull(compliance);
            ObjectDisposedException.ThrowIf(_ended, this);
            if (_findingsWritten)
            {
                throw new InvalidOperationException("The night's findings have already been written in this transaction.");
            }

            await store.WriteFindingAlertsAsync(connection, transaction, runId, store._dialect.ToDbDate(runDate), patterns, compliance, cancellationToken);
            _findingsWritten = true;
        }

        public async Task<IReadOnlyList<StoredLinkAlert>> CompleteAsync(RunCompletion completion, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(completion);
            ObjectDisposedException.ThrowIf(_ended, this);
            if (completion.RunId != runId || completion.RunDate != runDate)
            {
                throw new ArgumentException($"This write is for run {runId} of {runDate:yyyy-MM-dd}, not run {completion.RunId} of {completion.RunDate:yyyy-MM-dd}.", nameof(completion));
            }

            if (!_historyWritten)
            {
                await WriteHistoryAsync(completion.History, completion.KeepHistoryFrom, cancellationToken);
            }

            var stored = await store.WriteCompletionAsync(connection, transaction, completion, withFindings: !_findingsWritten, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _ended = true;
            _settling = Task.Run(() => store._dialect.SettleNightAsync(connection), CancellationToken.None);
            return stored;
        }

        // Disposing a transaction that was not committed rolls it back: nothing of an unfinished night is kept. A
        // committed night's settling is waited for, as it uses the connection; it cannot lose what was committed.
        public async ValueTask DisposeAsync()
        {
            _ended = true;
            try
            {
                await _settling;
            }
            catch (DbException)
            {
                // Left to the next write's checkpoint.
            }

            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
