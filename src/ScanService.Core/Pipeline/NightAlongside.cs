using ScanService.Model;
using ScanService.Store;

namespace ScanService.Pipeline;

/// <summary>
/// The night's transaction, with tonight's history keys and then its pattern and compliance alerts written into it
/// on another thread while the records are matched: both need only the records and earlier nights, and on a national
/// night writing them is a single-threaded database job as long as the match, which left a core idle when it was done
/// after it. Completing waits for them, then writes the link alerts and commits; disposing stops the writer, waits
/// until the connection is free and rolls everything back unless completed.
/// </summary>
internal sealed class NightAlongside : IAsyncDisposable
{
    private readonly INightWrite _write;
    private readonly CancellationTokenSource _stop;
    private readonly DateOnly? _keepFrom;
    private IReadOnlyList<RecordKey>? _keys;
    private IReadOnlyList<PatternAlert>? _patterns;
    private IReadOnlyList<ComplianceAlert>? _compliance;
    private Task _writing = Task.CompletedTask;

    private NightAlongside(INightWrite write, RunCompletion findings, CancellationToken cancellationToken)
    {
        _write = write;
        _keys = findings.History;
        _keepFrom = findings.KeepHistoryFrom;
        _patterns = findings.Patterns;
        _compliance = findings.Compliance;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>Starts writing the history and findings of <paramref name="findings"/>; its link alerts are not looked at.</summary>
    public static NightAlongside Start(INightWrite write, RunCompletion findings, CancellationToken cancellationToken)
    {
        var alongside = new NightAlongside(write, findings, cancellationToken);
        alongside._writing = Task.Run(alongside.WriteAsync, CancellationToken.None);
        return alongside;
    }

    public async Task<IReadOnlyList<StoredLinkAlert>> CompleteAsync(RunCompletion completion, CancellationToken cancellationToken)
    {
        await _writing;
        return await _write.CompleteAsync(completion, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _writing;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only reached when the night is already failing (a completed night awaited the writer): its own error
            // is the one reported, and the transaction is rolled back below.
        }

        await _write.DisposeAsync();
        _stop.Dispose();
    }

    // Each list is handed over and let go of, not kept in a local: a national night's keys and alerts are hundreds of
    // megabytes the match can use once they are written.
    private async Task WriteAsync()
    {
        await _write.WriteHistoryAsync(Take(ref _keys), _keepFrom, _stop.Token);
        // A write that really waited (a server's) resumes here inside its own finished frame, which still holds the
        // keys: yielding unwinds it before the findings are written.
        await Task.Yield();
        await _write.WriteFindingsAsync(Take(ref _patterns), Take(ref _compliance), _stop.Token);
    }

    private static T Take<T>(ref T? field)
        where T : class
    {
        var value = field!;
        field = null;
        return value;
    }
}
