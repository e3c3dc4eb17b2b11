using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ScanService.Ingest;
using ScanService.Ingest.Acquire;
using ScanService.Match;
using ScanService.Match.Generic;
using ScanService.Match.Frequencies;
using ScanService.Model;
using ScanService.Notify;
using ScanService.Pipeline.Progress;
using ScanService.Rules;
using ScanService.Store;

namespace ScanService.Pipeline;

/// <summary>
/// The nightly scan, the only place that knows the order of the stages:
/// rules → investigations → ingest → normalise → match → store → digest.
/// A failure is recorded and returned, never turned into an empty night.
/// </summary>
public sealed partial class NightlyScan
{
    private readonly IScanStore _store;
    private readonly IDigestPublisher _digest;
    private readonly TimeProvider _clock;
    private readonly ILogger<NightlyScan> _log;
    private readonly IFailureNotifier? _notifier;
    private readonly ExportAcquirer _acquirer;

    /// <summary>How often a long stage logs its progress.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);

    /// <param name="notifier">Tells operators about a failed night or missing exports; none when null.</param>
    /// <param name="acquirer">Gets the night's exports in; by default the exports folder is read in place.</param>
    public NightlyScan(IScanStore store, IDigestPublisher digest, TimeProvider clock, ILogger<NightlyScan> log,
        IFailureNotifier? notifier = null, ExportAcquirer? acquirer = null)
    {
        _store = store;
        _digest = digest;
        _clock = clock;
        _log = log;
        _notifier = notifier;
        _acquirer = acquirer ?? new ExportAcquirer(new AcquisitionOptions(), clock, log);
    }

    public async Task<ScanOutcome> RunAsync(ScanRequest request, CancellationToken cancellationToken)
    {
        var outcome = await RunRecordedAsync(request, cancellationToken);
        var missing = outcome.Sources.Where(s => s.Outcome == SourceOutcome.Missing).Select(s => s.Source).ToList();
        // A completed night whose digest could not be delivered also needs an operator: analysts are waiting for it.
        if (!outcome.Succeeded || missing.Count > 0)
        {
            await NotifyAsync(new FailureNotice(outcome.RunDate, outcome.RunId, outcome.Error, missing), cancellationToken);
        }

        return outcome;
    }

    private async Task<ScanOutcome> RunRecordedAsync(ScanRequest request, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var stages = new StageClock(_clock);
        try
        {
            await _store.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Nowhere to record it (the store is what failed, after its retries): the outcome and the notice say it.
            var reason = $"the database could not be used: {ex.Message}";
            LogDatabaseUnusable(Iso(request.RunDate), reason);
            return new ScanOutcome(null, request.RunDate, RunStatus.Failed, reason, [], 0, 0, null, false, null, 0, stopwatch.Elapsed);
        }

        RuleFolder? ruleFolder = null;
        string? ruleError = null;
        try
        {
            ruleFolder = RuleFolder.Load(request.RulesDirectory);
        }
        catch (RuleSetException ex)
        {
            ruleError = ex.Message;
        }

        var rules = ruleFolder?.RuleSet;
        var runId = await _store.StartRunAsync(request.RunDate, _clock.GetUtcNow(), rules?.Hash ?? string.Empty, cancellationToken);
        LogStarted(runId, Iso(request.RunDate), rules?.All.Count() ?? 0);
        var night = new NightResult(request.RunDate);
        try
        {
            if (rules is null)
            {
                return await FailAsync(runId, night, ruleError!, stopwatch, cancellationToken);
            }

            stages.Stop("start");
            return await ScanAsync(runId, request, ruleFolder!, night, stopwatch, stages, cancellationToken);
        }
        catch (InvestigationFilesException ex)
        {
            return await FailAsync(runId, night, ex.Message, stopwatch, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unexpected: record it (the store may itself be what failed) and report, never pretend success.
            LogUnexpected(ex, runId);
            return await FailAsync(runId, night, $"{ex.GetType().Name}: {ex.Message}", stopwatch, cancellationToken);
        }
    }

    private async Task<ScanOutcome> ScanAsync(long runId, ScanRequest request, RuleFolder ruleFolder, NightResult night, Stopwatch stopwatch, StageClock stages, CancellationToken cancellationToken)
    {
        var rules = ruleFolder.RuleSet;
        var acquired = await _acquirer.AcquireAsync(request.RunDate, runId, request.ExportsDirectory, cancellationToken);
        night.Sources.AddRange(acquired.NotRead);
        // Recorded before anything is read, so even a run that fails later names the exact bytes it was given.
        await _store.RecordInputsAsync(runId, acquired.Inputs, cancellationToken);

        // Each stage's bulk lives only in the method of that stage: the records and subjects are collectable once
        // matched, the history keys once written. Held by this method to its end, all of them were still alive while
        // the digest was built, and that was the night's peak of memory.
        var matched = await MatchAsync(runId, request, ruleFolder, acquired.Directory, night, stages, cancellationToken);
        StoredNight stored;
        string? digestPath;
        bool alreadySent;
        string? digestError;
        // The night's write is let go only after the digest: once committed, the database may still be settling it
        // (SQLite copies its write-ahead log into the file), and that is done while the digest is made.
        await using (matched.Write)
        {
            stored = await StoreAsync(matched, stages, cancellationToken);
            CollectWhatTheStageLeft();
            _acquirer.Archive(acquired, request.RunDate, runId);
            (digestPath, alreadySent, digestError) = await PublishDigestAsync(runId, request, rules, stored, cancellationToken);
        }

        stages.Stop("digest");
        var newCount = stored.Alerts.Count(a => a.Status == AlertStatus.New);
        var repeatCount = stored.Alerts.Count(a => a.Status == AlertStatus.Repeat);
        return new ScanOutcome(runId, request.RunDate, RunStatus.Completed, digestError, night.Sources, newCount, repeatCount,
            digestPath, alreadySent, night.QuarantinePath, night.Issues.Count, stopwatch.Elapsed, stored.Alerts.Count - newCount - repeatCount, stages.Stages)
        {
            RecordsMatched = stored.RecordsMatched,
            PatternAlerts = stored.PatternAlerts,
            ComplianceAlerts = stored.ComplianceAlerts,
        };
    }

    /// <summary>
    /// Investigations, ingest, findings and match: what the night's single transaction will write. The transaction
    /// is begun before the match, and tonight's history keys go into it while the records are compared.
    /// </summary>
    private async Task<MatchedNight> MatchAsync(long runId, ScanRequest request, RuleFolder ruleFolder, string exportsDirectory, NightResult night, StageClock stages, CancellationToken cancellationToken)
    {
        var rules = ruleFolder.RuleSet;
        var folder = new ExportFolder(exportsDirectory);
        var open = new InvestigationsLoader(request.RunDate).Load(folder);
        night.Issues.AddRange(open.Issues);
        LogInvestigations(open.Investigations.Count, open.Subjects.Count);
        // Filing the subjects needs nothing of tonight's records: done while they are read, on what ingest leaves of
        // the cores.
        var index = Task.Run(() => new SubjectIndex(open.Subjects), cancellationToken);
        stages.Stop("investigations");

        var ingester = new SourceIngester(request.RunDate, ruleFolder.Mappings);
        var records = new List<PersonRecord>();
        var sources = folder.FindSources();
        var bytesRead = new ProgressCounter(SourceBatch.TotalBytes(sources));
        SourceIngestResult[] ingested;
        using (new ProgressLog(_clock, ProgressInterval, "ingest", bytesRead, LogIngestProgress))
        {
            ingested = SourceBatch.IngestAll(ingester, sources, cancellationToken, bytesRead);
        }

        foreach (var result in ingested)
        {
            night.Sources.Add(result.Report);
            night.Issues.AddRange(result.Issues);
            records.AddRange(result.Records);
            LogSource(result.Report.Source, result.Report.Outcome, result.Report.RowsRead, result.Report.Accepted, result.Report.Rejected, result.Report.FieldIssues);
            if (result.Report.Outcome == SourceOutcome.Failed)
            {
                LogSourceFailed(result.Report.Source, result.Report.Error!);
            }
        }

        stages.Stop("ingest");
        night.QuarantinePath = QuarantineWriter.Write(request.QuarantineDirectory, request.RunDate, runId, night.Issues);
        // Patterns and compliance need the records and earlier nights, not the links: found before the match, and
        // before the night's transaction begins, so that no read of the history waits on the night's own write.
        var found = await NightFindingsStage.AddToAsync(
            new RunCompletion(runId, request.RunDate, _clock.GetUtcNow(), night.Sources, []), _store, rules, records, request.HistoryDays, cancellationToken);
        LogHistoryRead(found.EarlierKeysRead, found.WholeWindowRead
            ? "the whole pattern window (a first night, changed rules, or an earlier night run after the last one)"
            : "tonight's phones and premises and the patterns of last night that may change", found.PatternsCarried);
        var findings = found.Completion;
        stages.Stop("findings");

        var write = NightAlongside.Start(await _store.BeginNightAsync(runId, request.RunDate, cancellationToken), findings, cancellationToken);
        var (patternCount, complianceCount) = (findings.Patterns.Count, findings.Compliance.Count);
        // The writer holds the keys and alerts until they are written; the night must not hold them through the match.
        findings = findings with { History = [], Patterns = [], Compliance = [] };
        try
        {
            var subjects = await index;
            var recordCount = records.Count;
            // On a thread of its own: the night has often come this far on one stack without a real wait, and the
            // frames of the stages before keep their temporaries alive until they return: the ingest results of each
            // source (holding the originals of stripped records) and the findings with tonight's history keys. Through
            // a national night's match that was over 0.2 GB of their objects alone (found with dotnet-dump gcroot on the match's frame).
            var (generic, alerts) = await Task.Run(() => StripAndMatch(rules, ruleFolder.GenericValues, records, subjects), cancellationToken);
            stages.Stop("match");
            var completion = findings with { FinishedAt = _clock.GetUtcNow(), Alerts = alerts };
            return new MatchedNight(write, completion, open.Investigations, generic, recordCount, patternCount, complianceCount);
        }
        catch
        {
            await write.DisposeAsync();
            throw;
        }
    }

    private async Task<StoredNight> StoreAsync(MatchedNight matched, StageClock stages, CancellationToken cancellationToken)
    {
        CollectWhatTheStageLeft();
        var completion = matched.Completion;
        var stored = await matched.Write.CompleteAsync(completion, cancellationToken);
        LogFindings(matched.PatternAlerts, matched.ComplianceAlerts);
        stages.Stop("store");
        return new StoredNight(stored, matched.Investigations, matched.Generic, matched.RecordsMatched, matched.PatternAlerts, matched.ComplianceAlerts);
    }

    private (GenericValues Generic, IReadOnlyList<LinkAlert> Alerts) StripAndMatch(
        RuleSet rules, GenericValueSettings settings, List<PersonRecord> records, SubjectIndex subjects)
    {
        // Hostels and charity offices would link everyone who gives them: matching sees the records without such values.
        var generic = GenericValueFinder.Find(records, settings);
        LogGeneric(generic.Listed.Count);
        var matching = generic.Strip(records);
        if (!ReferenceEquals(matching, records))
        {
            // A record that gave a generic value is a copy without it now, and only this list still holds the
            // original: let the originals go before the match (about 0.4 million records on a national night).
            records.Clear();
        }

        return (generic, Match(rules, subjects, matching));
    }

    private IReadOnlyList<LinkAlert> Match(RuleSet rules, SubjectIndex index, IReadOnlyList<PersonRecord> records)
    {
        var frequencies = TokenFrequencies.Count(records, index.Subjects);
        var counter = new ProgressCounter(records.Count);
        IReadOnlyList<LinkAlert> alerts;
        var engine = new MatchEngine(rules, index, frequencies);
        using (new ProgressLog(_clock, ProgressInterval, "match", counter, LogProgress))
        {
            alerts = engine.Match(records, MatchParallelism.AllCores, counter);
        }

        LogMatched(records.Count, alerts.Count, engine.Counts.CandidatePairs, engine.Counts.ScoredPairs);
        return alerts;
    }

    // Called where the night's largest structures have just become garbage: the records and subjects once matched,
    // what the store built to write the night once it has committed. Nothing else makes the GC look at the old
    // generation before the next stage allocates, so it grew the heap instead of reusing their space, and a national
    // night's peak working set came in the digest with a million dead records still on the heap. A background
    // collection: it marks the old generation while the store or the digest works on one core, where a blocking one
    // stopped the night for most of a second each time (measured on the national night: store and digest 0.9 and
    // 0.4 s of pauses before, 0.1 and 0.8 s after, peak working set no higher).
    private static void CollectWhatTheStageLeft() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);

    private void LogProgress(ProgressReport report) => LogProgress(
        report.Stage, report.Done, report.Total, Math.Round(report.PerSecond), ToGo(report));

    private void LogIngestProgress(ProgressReport report) => LogBytesProgress(
        report.Stage, Megabytes(report.Done), Megabytes(report.Total), Megabytes(report.PerSecond), ToGo(report));

    private static double Megabytes(double bytes) => Math.Round(bytes / 1_000_000, 1);

    private static string ToGo(ProgressReport report) =>
        report.Remaining is { } eta ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{eta.TotalSeconds:0} s") : "unknown";

    private async Task<(string? Path, bool AlreadySent, string? Error)> PublishDigestAsync(
        long runId, ScanRequest request, RuleSet rules, StoredNight stored, CancellationToken cancellationToken)
    {
        if (!request.ResendDigest && await _store.WasDigestWrittenAsync(request.RunDate, cancellationToken))
        {
            LogDigestSkipped(Iso(request.RunDate));
            return (null, true, null);
        }

        var run = await _store.GetRunAsync(runId, cancellationToken)
            ?? throw new InvalidOperationException($"run {runId} vanished after it completed");
        var summaries = rules.All.ToDictionary(r => r.Id, r => new RuleSummary(r.Id, r.Description, r.Severity), StringComparer.Ordinal);
        // Only what the digest lists of each group, and the groups' counts: a national night has hundreds of thousands
        // of pattern and compliance alerts, and reading every one was most of the digest's time and allocation.
        var findings = await _store.GetShownFindingsAsync(runId, _digest.FindingsListedPerGroup, cancellationToken);
        try
        {
            var input = new DigestInput(run, stored.Alerts, stored.Investigations, summaries) { Findings = findings, GenericValues = stored.Generic.Listed };
            var path = await _digest.PublishAsync(input, cancellationToken);
            await _store.RecordDigestAsync(runId, path, _clock.GetUtcNow(), cancellationToken);
            LogDigest(runId);
            return (path, false, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Net.Mail.SmtpException or InvalidOperationException)
        {
            // The alerts are safely stored; a rerun of the night will send the digest that is still owed.
            LogDigestFailed(ex, runId);
            return (null, false, $"digest not delivered: {ex.Message}");
        }
    }

    // A notice that cannot be sent must not turn a recorded night into a crash; the log still says what happened.
    private async Task NotifyAsync(FailureNotice notice, CancellationToken cancellationToken)
    {
        if (_notifier is null)
        {
            return;
        }

        try
        {
            await _notifier.NotifyAsync(notice, cancellationToken);
            LogNoticeSent(Iso(notice.RunDate));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNoticeFailed(ex, Iso(notice.RunDate));
        }
    }

    private async Task<ScanOutcome> FailAsync(long runId, NightResult night, string error, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        LogFailed(runId, error);
        try
        {
            await _store.FailRunAsync(runId, _clock.GetUtcNow(), error, night.Sources, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnexpected(ex, runId);
            error += $" (and the failure could not be recorded: {ex.Message})";
        }

        return new ScanOutcome(runId, night.RunDate, RunStatus.Failed, error, night.Sources, 0, 0, null, false, night.QuarantinePath, night.Issues.Count, stopwatch.Elapsed);
    }

    /// <summary>The night matched, with what the store and the digest need of the stages before.</summary>
    private sealed record MatchedNight(
        NightAlongside Write,
        RunCompletion Completion, IReadOnlyDictionary<string, Investigation> Investigations, GenericValues Generic, int RecordsMatched,
        int PatternAlerts, int ComplianceAlerts);

    /// <summary>The night stored: its link alerts as written, and what the digest and the outcome need besides.</summary>
    private sealed record StoredNight(
        IReadOnlyList<StoredLinkAlert> Alerts,
        IReadOnlyDictionary<string, Investigation> Investigations,
        GenericValues Generic,
        int RecordsMatched,
        int PatternAlerts,
        int ComplianceAlerts);

    /// <summary>What has been gathered so far, so that a failure still reports what was read.</summary>
    private sealed class NightResult(DateOnly runDate)
    {
        public DateOnly RunDate { get; } = runDate;

        public List<SourceReport> Sources { get; } = [];

        public List<IngestIssue> Issues { get; } = [];

        public string? QuarantinePath { get; set; }
    }
}
