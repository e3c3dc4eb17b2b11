using ScanService.Ingest;

namespace ScanService.Rules.Testing;

/// <summary>One partner record given to a rule test, as raw standard fields (normalised by the real code).</summary>
public sealed record TestRecordRow(string Source, string RecordId, PersonFields Fields, TextPosition At)
{
    /// <summary>
    /// Other columns of the record as a run keeps them (e.g. <c>nrm_reference</c> on a crime record); identifier
    /// columns such as <c>ni_number</c> are among them.
    /// </summary>
    public KeyValuePair<string, string>[] Attributes { get; init; } = [];
}

/// <summary>One row of subjects.csv given to a rule test; rows with the same subject_ref add up, as in a run.</summary>
public sealed record TestSubjectRow(string InvestigationRef, string SubjectRef, string Role, PersonFields Fields, TextPosition At)
{
    /// <summary>Identifier columns (ni_number, passport_number…), as subjects.csv would carry them.</summary>
    public KeyValuePair<string, string>[] Attributes { get; init; } = [];
}

/// <summary>What a case expects of one rule: an alert (optionally within a score band, on given fields) or none.</summary>
public sealed record RuleExpectation(string RuleId, bool Alert, TextPosition At)
{
    public double? MinScore { get; init; }

    public double? MaxScore { get; init; }

    /// <summary>The fields that must have counted in favour, in any order (e.g. name and date_of_birth).</summary>
    public IReadOnlySet<string>? MatchedOn { get; init; }

    /// <summary>Only alerts about this record_id count; null for any record of the case.</summary>
    public string? RecordId { get; init; }

    /// <summary>Only alerts about this subject_ref count; null for any subject of the case.</summary>
    public string? SubjectRef { get; init; }
}

/// <summary>A named example: records and subjects given, and what the rules must make of them.</summary>
public sealed record RuleTestCase(
    string Name,
    string FileName,
    TextPosition At,
    IReadOnlyList<TestRecordRow> Records,
    IReadOnlyList<TestSubjectRow> Subjects,
    IReadOnlyList<RuleExpectation> Expectations)
{
    /// <summary>The author's reason for the case, shown when it fails (e.g. why a decoy must not link).</summary>
    public string? Why { get; init; }

    /// <summary>The night the case is run as (pattern windows and compliance due dates count from it); null: today.</summary>
    public DateOnly? RunDate { get; init; }

    public string Location => $"{FileName}:{At.Line}:{At.Column}";
}
