using System.CommandLine;
using ScanService.Host.Export;
using ScanService.Host.Hosting;
using ScanService.Model;
using ScanService.Store;

namespace ScanService.Host.Cli;

/// <summary>
/// A completed run chosen by <c>--run latest|ID</c> in the configured (or given) database: what the commands that
/// read a run's alerts (export, evaluate) share.
/// </summary>
internal sealed class StoredRun : IDisposable
{
    private StoredRun(ScanHost host, IScanStore store, RunRecord run)
    {
        Host = host;
        Store = store;
        Run = run;
    }

    public ScanHost Host { get; }

    public IScanStore Store { get; }

    public RunRecord Run { get; }

    /// <summary>The run, or null with the exit code after the reason was written to <paramref name="error"/>.</summary>
    public static async Task<(StoredRun? Opened, int ExitCode)> OpenAsync(
        ParseResult parse, Option<string?> database, Option<string?> provider, Option<string> run, TextWriter error, CancellationToken cancellationToken)
    {
        var host = HostFactory.TryCreateForDatabase(parse, error, database, provider);
        if (host is null)
        {
            return (null, ExitCodes.UsageError);
        }

        var store = await host.OpenStoreAsync(cancellationToken);
        var selection = await RunSelector.SelectAsync(store, parse.GetValue(run)!, cancellationToken);
        if (selection.Error is not null)
        {
            host.Dispose();
            await error.WriteLineAsync(selection.Error);
            return (null, ExitCodes.RunFailed);
        }

        return (new StoredRun(host, store, selection.Run!), ExitCodes.Success);
    }

    public void Dispose() => Host.Dispose();
}
