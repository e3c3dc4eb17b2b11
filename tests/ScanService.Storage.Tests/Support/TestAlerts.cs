using ScanService.Model;

namespace ScanService.Storage.Tests.Support;

/// <summary>Link alerts and source reports for tests, with every field filled and distinguishable.</summary>
public static class TestAlerts
{
    public static LinkAlert Link(
        string recordId,
        string investigationRef = "INV-001",
        string subjectRef = "SUB-001",
        string ruleId = "name-dob",
        string source = "nrm-referrals",
        double score = 11.25) => new()
        {
            Source = source,
            RecordId = recordId,
            InvestigationRef = investigationRef,
            SubjectRef = subjectRef,
            RuleId = ruleId,
            Score = score,
            MatchedOn = "name+date_of_birth",
            Explanation = $"name: +6.0 (exact) · date_of_birth: +5.25 (exact) · total {score} ≥ 9.0 [{recordId}]",
            RecordMasked = $"N. V. M., 1990, …{recordId[^1..]}",
        };

    /// <summary><paramref name="count"/> distinct links spread over several investigations, subjects and rules.</summary>
    public static LinkAlert[] Many(int count) => Enumerable.Range(0, count)
        .Select(i => Link(
            recordId: $"REC-{i:000000}",
            investigationRef: $"INV-{i % 7:000}",
            subjectRef: $"SUB-{i % 13:000}",
            ruleId: i % 2 == 0 ? "name-dob" : "phone",
            score: 9 + (i % 50) / 8.0))
        .ToArray();

    public static SourceReport Source(string name, SourceOutcome outcome = SourceOutcome.Read, string? error = null) =>
        outcome == SourceOutcome.Read
            ? new SourceReport(name, name + ".csv", outcome, RowsRead: 120, Accepted: 117, Rejected: 3, FieldIssues: 5, error)
            : new SourceReport(name, name + ".csv", outcome, RowsRead: 0, Accepted: 0, Rejected: 0, FieldIssues: 0, error);
}
