using Microsoft.Extensions.Logging;
using ScanService.Model;

namespace ScanService.Pipeline;

// Log messages carry counts, references and reasons only: never names, dates of birth, phones or addresses.
public sealed partial class NightlyScan
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} started for {RunDate} with {RuleCount} rules")]
    private partial void LogStarted(long runId, string runDate, int ruleCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "{InvestigationCount} open investigations, {SubjectCount} subjects")]
    private partial void LogInvestigations(int investigationCount, int subjectCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {Source}: {Outcome}, {Read} rows read, {Accepted} accepted, {Rejected} rejected, {FieldIssues} values dropped")]
    private partial void LogSource(string source, SourceOutcome outcome, int read, int accepted, int rejected, int fieldIssues);

    [LoggerMessage(Level = LogLevel.Error, Message = "Source {Source} failed: {Reason}")]
    private partial void LogSourceFailed(string source, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Matched {RecordCount} records: {AlertCount} link alerts ({CandidatePairs} candidate pairs from blocking, {ScoredPairs} scored in full)")]
    private partial void LogMatched(int recordCount, int alertCount, long candidatePairs, long scoredPairs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Progress {Stage}: {Done} of {Total} records, {PerSecond} records/s, about {Remaining} to go")]
    private partial void LogProgress(string stage, long done, long total, double perSecond, string remaining);

    [LoggerMessage(Level = LogLevel.Information, Message = "Progress {Stage}: {DoneMegabytes} of {TotalMegabytes} MB read, {MegabytesPerSecond} MB/s, about {Remaining} to go")]
    private partial void LogBytesProgress(string stage, double doneMegabytes, double totalMegabytes, double megabytesPerSecond, string remaining);

    [LoggerMessage(Level = LogLevel.Information, Message = "Generic values taken out of person links tonight: {Count}")]
    private partial void LogGeneric(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Findings read {EarlierKeys} earlier history keys: {Reach}; {PatternsCarried} patterns carried unchanged")]
    private partial void LogHistoryRead(int earlierKeys, string reach, int patternsCarried);

    [LoggerMessage(Level = LogLevel.Information, Message = "Patterns and compliance: {PatternCount} pattern alerts, {ComplianceCount} compliance alerts")]
    private partial void LogFindings(int patternCount, int complianceCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for {RunDate} was already written; not sending a second (use --resend-digest)")]
    private partial void LogDigestSkipped(string runDate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for run {RunId} written")]
    private partial void LogDigest(long runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest for run {RunId} could not be delivered")]
    private partial void LogDigestFailed(Exception exception, long runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {RunId} failed: {Reason}")]
    private partial void LogFailed(long runId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {RunId} hit an unexpected error")]
    private partial void LogUnexpected(Exception exception, long runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Night {RunDate} not scanned: {Reason}")]
    private partial void LogDatabaseUnusable(string runDate, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Operators notified about {RunDate}")]
    private partial void LogNoticeSent(string runDate);

    [LoggerMessage(Level = LogLevel.Error, Message = "Operators could not be notified about {RunDate}")]
    private partial void LogNoticeFailed(Exception exception, string runDate);

    /// <summary>ISO dates in logs: the invariant culture would print 11/23/2026, which a UK reader takes for a day-first date.</summary>
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
