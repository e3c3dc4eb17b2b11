using ScanService.Model;
using ScanService.Notify;

namespace ScanService.Digest.Tests.Support;

/// <summary>Builds synthetic, already-masked digest inputs; defaults are filled so a test states only what it is about.</summary>
internal sealed class DigestInputBuilder
{
    private readonly List<SourceReport> _sources = [];
    private readonly List<StoredLinkAlert> _alerts = [];
    private readonly Dictionary<string, Investigation> _investigations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleSummary> _rules = new(StringComparer.Ordinal);
    private DateOnly _runDate = new(2025, 3, 14);
    private long _runId = 42;
    private string _ruleSetHash = "3f9a2c1d0b7e4a5598c2d1e0f7a6b5c4d3e2f1a0";

    public DigestInputBuilder Run(long id, DateOnly date)
    {
        _runId = id;
        _runDate = date;
        return this;
    }

    public DigestInputBuilder RuleSetHash(string hash)
    {
        _ruleSetHash = hash;
        return this;
    }

    public DigestInputBuilder Rule(string id, string description, string severity = "high")
    {
        _rules[id] = new RuleSummary(id, description, severity);
        return this;
    }

    public DigestInputBuilder Investigation(string investigationRef, string team, string operation = "Op TEST", string officer = "DS A. Example")
    {
        _investigations[investigationRef] = new Investigation(investigationRef, operation, "open", team, officer, new DateOnly(2025, 1, 6));
        return this;
    }

    public DigestInputBuilder ReadSource(string source, int read, int rejected = 0, int fieldIssues = 0)
    {
        _sources.Add(new SourceReport(source, source + ".csv", SourceOutcome.Read, read, read - rejected, rejected, fieldIssues, null));
        return this;
    }

    public DigestInputBuilder FailedSource(string source, string error)
    {
        _sources.Add(new SourceReport(source, source + ".csv", SourceOutcome.Failed, 0, 0, 0, 0, error));
        return this;
    }

    public DigestInputBuilder MissingSource(string source)
    {
        _sources.Add(new SourceReport(source, source + ".csv", SourceOutcome.Missing, 0, 0, 0, 0, null));
        return this;
    }

    public DigestInputBuilder NewLink(
        string investigationRef,
        string source,
        string recordId,
        double score,
        string subjectRef = "S-0001",
        string ruleId = "name-dob",
        string matchedOn = "name+date_of_birth",
        string recordMasked = "A.B. b.1990 · phone …123 · M8 …",
        string explanation = "name: +6.0 (exact) · date_of_birth: +5.0 (exact) · total 11.0 ≥ 9.0") =>
        Link(AlertStatus.New, investigationRef, source, recordId, score, subjectRef, ruleId, matchedOn, recordMasked, explanation);

    public DigestInputBuilder RepeatLink(string investigationRef, string source, string recordId, double score = 9.0, string subjectRef = "S-0001") =>
        Link(AlertStatus.Repeat, investigationRef, source, recordId, score, subjectRef, "name-dob", "name+date_of_birth",
            "R.P. b.1985 · phone …999 · M1 …", "name: +6.0 (exact) · date_of_birth: +3.0 (year) · total 9.0 ≥ 9.0");

    public DigestInputBuilder SuppressedLink(string investigationRef, string source, string recordId, string subjectRef = "S-0001") =>
        Link(AlertStatus.Suppressed, investigationRef, source, recordId, 9.0, subjectRef, "name-dob", "name+date_of_birth",
            "F.P. b.1991 · phone …555 · M4 …", "name: +6.0 (exact) · date_of_birth: +3.0 (year) · total 9.0 ≥ 9.0");

    public DigestInput Build()
    {
        var startedAt = new DateTimeOffset(_runDate.ToDateTime(new TimeOnly(1, 30)), TimeSpan.Zero);
        var run = new RunRecord(_runId, _runDate, startedAt, startedAt.AddMinutes(4), RunStatus.Completed, _ruleSetHash, null, null, _sources.ToList());
        return new DigestInput(run, _alerts.ToList(), new Dictionary<string, Investigation>(_investigations), new Dictionary<string, RuleSummary>(_rules));
    }

    private DigestInputBuilder Link(
        AlertStatus status, string investigationRef, string source, string recordId, double score, string subjectRef,
        string ruleId, string matchedOn, string recordMasked, string explanation)
    {
        var alert = new LinkAlert
        {
            Source = source,
            RecordId = recordId,
            InvestigationRef = investigationRef,
            SubjectRef = subjectRef,
            RuleId = ruleId,
            Score = score,
            MatchedOn = matchedOn,
            Explanation = explanation,
            RecordMasked = recordMasked,
        };
        var firstSeen = status == AlertStatus.New ? _runDate : _runDate.AddDays(-3);
        _alerts.Add(new StoredLinkAlert(_alerts.Count + 1, alert, _runId, _runDate, firstSeen, status));
        return this;
    }
}
