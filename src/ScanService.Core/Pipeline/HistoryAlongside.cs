using ScanService.Model;
using ScanService.Store;

namespace ScanService.Pipeline;

/// <summary>
/// The night's transaction, with tonight's history keys being written into it on another thread while the records
/// are matched: the keys need only the records, and on a national night their writing is a single-threaded
/// database job as long as a third of the match. Completing waits for the history, then writes the rest and commits;
/// disposing stops the history, waits until the connection is free and rolls everything back unless completed.
/// </summary>
internal sealed class HistoryAlongside : IAsyncDisposable
{
    private readonly INightWrite _write;
    private readonly CancellationTokenSource _stop;
    private readonly DateOnly? _keepFrom;
    private IReadOnlyList<RecordKey>? _keys;
    private Task _history = Task.CompletedTask;

    private HistoryAlongside(INightWrite write, IReadOnlyList<RecordKey> keys, DateOnly? keepFrom, CancellationToken cancellationToken)
    {
        _write = write;
        _keys = keys;
        _keepFrom = keepFrom;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    public static HistoryAlongside Start(INightWrite write, IReadOnlyList<RecordKey> keys, DateOnly? keepFrom, CancellationToken cancellationToken)
    {
        var alongside = new HistoryAlongside(write, keys, keepFrom, cancellationToken);
        alongside._history = Task.Run(alongside.WriteAsync, CancellationToken.None);
        return alongside;
    }

    public async Task<IReadOnlyList<StoredLinkAlert>> CompleteAsync(RunCompletion completion, CancellationToken cancellationToken)
    {
        await _history;
        return await _write.CompleteAsync(completion, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _history;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only reached when the night is already failing (a completed night awaited the history): its own error
            // is the one reported, and the transaction is rolled back below.
        }

        await _write.DisposeAsync();
        _stop.Dispose();
    }

    private async Task WriteAsync()
    {
        var keys = _keys!;
        // Not held once written: a national night's keys are a few hundred megabytes the match can use.
        _keys = null;
        await _write.WriteHistoryAsync(keys, _keepFrom, _stop.Token);
    }
}
