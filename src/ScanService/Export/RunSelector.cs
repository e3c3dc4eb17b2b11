using ScanService.Model;
using ScanService.Store;

namespace ScanService.Host.Export;

/// <summary>Resolves <c>--run latest|ID</c> to a stored run, or to a message saying why it cannot.</summary>
internal static class RunSelector
{
    public sealed record Selection(RunRecord? Run, string? Error);

    public static async Task<Selection> SelectAsync(IScanStore store, string which, CancellationToken cancellationToken)
    {
        if (string.Equals(which, "latest", StringComparison.OrdinalIgnoreCase))
        {
            var latest = await store.GetLatestCompletedRunAsync(cancellationToken);
            return latest is null ? new(null, "no completed run yet: run 'scan run' first") : new(latest, null);
        }

        if (!long.TryParse(which, out var id) || id <= 0)
        {
            return new(null, $"--run '{which}' is neither 'latest' nor a run id");
        }

        var run = await store.GetRunAsync(id, cancellationToken);
        return run switch
        {
            null => new(null, $"there is no run {id}"),
            { Status: not RunStatus.Completed } => new(null, $"run {id} did not complete ({run.Status.ToString().ToLowerInvariant()}: {run.Error}); it has no alerts"),
            _ => new(run, null),
        };
    }
}
