using System.Globalization;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using ScanService.Model;

namespace ScanService.Ingest.Acquire;

/// <summary>
/// Gets the night's exports in: in place from the exports folder (no sources configured), or copied from each
/// configured drop folder into a per-run workspace, waiting (Polly, on the injected clock) for expected sources
/// until the deadline. Every input is fingerprinted for the run record; originals are never changed or deleted.
/// </summary>
public sealed partial class ExportAcquirer
{
    private readonly AcquisitionOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;
    private readonly IQueryExporter? _queries;

    /// <param name="queries">Runs the query sources; needed only when some are configured.</param>
    public ExportAcquirer(AcquisitionOptions options, TimeProvider clock, ILogger log, IQueryExporter? queries = null)
    {
        _options = options;
        _clock = clock;
        _log = log;
        _queries = queries;
    }

    public async Task<AcquiredNight> AcquireAsync(DateOnly night, long runId, string exportsDirectory, CancellationToken cancellationToken)
    {
        if (!_options.CopiesToWorkspace)
        {
            return InPlace(exportsDirectory);
        }

        var workspace = Directory.CreateDirectory(Path.Combine(_options.WorkspaceDirectory, RunFolder(night, runId))).FullName;
        var inputs = new List<RunInput>();
        foreach (var file in new[] { ExportFolder.InvestigationsFile, ExportFolder.SubjectsFile })
        {
            var origin = Path.Combine(exportsDirectory, file);
            if (File.Exists(origin))
            {
                inputs.Add(CopyIn(origin, Path.Combine(workspace, file), Path.GetFileNameWithoutExtension(file)));
            }
        }

        var missing = new List<SourceReport>();
        foreach (var query in _options.Sources.Where(s => s.IsQuery))
        {
            var (input, failure) = await ExportQueryAsync(query, night, workspace, cancellationToken);
            if (input is not null)
            {
                inputs.Add(input);
            }
            else
            {
                missing.Add(failure!);
            }
        }

        var sources = _options.Sources.Where(s => !s.IsQuery).Select(s => new DropFolderSource(s, night)).ToList();
        var notReady = await WaitForExpectedAsync(sources, cancellationToken);
        foreach (var source in sources)
        {
            if (!notReady.Contains(source) && source.Exists)
            {
                inputs.Add(CopyIn(source.Path, Path.Combine(workspace, source.Options.Name + ".csv"), source.Options.Name));
            }
            else if (source.Options.Expected || source.Exists)
            {
                // A file still changing is never read half-way, expected or not; it is reported, not skipped quietly.
                var reason = source.Exists
                    ? $"{source.FileName} was still being written; not read"
                    : $"no file {source.FileName} by the deadline ({_options.WaitForExpectedMinutes:0.#} min)";
                LogMissing(source.Options.Name, reason);
                missing.Add(new SourceReport(source.Options.Name, source.FileName, SourceOutcome.Missing, 0, 0, 0, 0, reason));
            }
        }

        return new AcquiredNight(workspace, inputs, missing, IsWorkspace: true);
    }

    /// <summary>Moves a completed run's workspace to the archive: the copies, never the partners' originals.</summary>
    public string? Archive(AcquiredNight acquired, DateOnly night, long runId)
    {
        if (!acquired.IsWorkspace)
        {
            return null;
        }

        var target = Path.Combine(_options.ArchiveDirectory, RunFolder(night, runId));
        Directory.CreateDirectory(_options.ArchiveDirectory);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.Move(acquired.Directory, target);
        return Path.GetFullPath(target);
    }

    private AcquiredNight InPlace(string exportsDirectory)
    {
        var inputs = Directory.Exists(exportsDirectory)
            ? Directory.EnumerateFiles(exportsDirectory, "*.csv").Order(StringComparer.Ordinal)
                .Select(path => InputFingerprint.Of(path, Path.GetFileNameWithoutExtension(path), Path.GetFullPath(path))).ToList()
            : [];
        return new AcquiredNight(exportsDirectory, inputs, [], IsWorkspace: false);
    }

    /// <summary>Re-checks until every expected source is there and settled, or the deadline passes; returns those still not ready.</summary>
    private async Task<HashSet<DropFolderSource>> WaitForExpectedAsync(List<DropFolderSource> sources, CancellationToken cancellationToken)
    {
        var settle = TimeSpan.FromSeconds(_options.SettleSeconds);
        var pending = new HashSet<DropFolderSource>();
        foreach (var source in sources.Where(s => s.Exists || s.Options.Expected))
        {
            if (!await source.IsReadyAsync(settle, _clock, cancellationToken))
            {
                pending.Add(source);
            }
        }

        if (pending.All(s => !s.Options.Expected) || _options.WaitForExpectedMinutes <= 0)
        {
            return pending;
        }

        var pipeline = new ResiliencePipelineBuilder<int> { TimeProvider = _clock }
            .AddTimeout(TimeSpan.FromMinutes(_options.WaitForExpectedMinutes))
            .AddRetry(new RetryStrategyOptions<int>
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Constant,
                Delay = TimeSpan.FromSeconds(_options.CheckEverySeconds),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result > 0),
                OnRetry = args =>
                {
                    LogWaiting(args.Outcome.Result, string.Join(", ", pending.Select(s => s.Options.Name).Order(StringComparer.Ordinal)), args.RetryDelay.TotalSeconds);
                    return default;
                },
            })
            .Build();
        try
        {
            await pipeline.ExecuteAsync(async token =>
            {
                foreach (var source in pending.ToList())
                {
                    if (await source.IsReadyAsync(settle, _clock, token))
                    {
                        pending.Remove(source);
                    }
                }

                return pending.Count(s => s.Options.Expected);
            }, cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            // The deadline passed: the night runs without what is still missing.
        }

        return pending;
    }

    private async Task<(RunInput? Input, SourceReport? Failure)> ExportQueryAsync(
        ExportSourceOptions query, DateOnly night, string workspace, CancellationToken cancellationToken)
    {
        var target = Path.Combine(workspace, query.Name + ".csv");
        try
        {
            var exporter = _queries ?? throw new InvalidOperationException("no query exporter is configured in this host");
            var rows = await exporter.ExportAsync(query, night, target, cancellationToken);
            LogQueried(query.Name, rows);

            // The origin names the source, never the connection string (it may hold a password).
            return (InputFingerprint.Of(target, query.Name, $"query:{query.Provider}:{query.Name}"), null);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or IOException or TimeoutRejectedException)
        {
            File.Delete(target);
            var reason = $"query failed: {ex.Message}";
            LogMissing(query.Name, reason);
            return (null, new SourceReport(query.Name, query.Name + ".csv", SourceOutcome.Failed, 0, 0, 0, 0, reason));
        }
    }

    private static RunInput CopyIn(string origin, string target, string source)
    {
        File.Copy(origin, target, overwrite: true);
        var copied = InputFingerprint.Of(target, source, Path.GetFullPath(origin));
        return copied;
    }

    private static string RunFolder(DateOnly night, long runId) =>
        string.Create(CultureInfo.InvariantCulture, $"{night:yyyy-MM-dd}-run{runId}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for {Count} expected source(s) ({Sources}); checking again in {DelaySeconds:0} s")]
    private partial void LogWaiting(int count, string sources, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {Source}: {Rows} rows exported by its query")]
    private partial void LogQueried(string source, int rows);

    [LoggerMessage(Level = LogLevel.Error, Message = "Source {Source} not read: {Reason}")]
    private partial void LogMissing(string source, string reason);
}
