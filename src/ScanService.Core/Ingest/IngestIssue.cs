namespace ScanService.Ingest;

public enum IssueOutcome
{
    /// <summary>The whole row was left out of the scan.</summary>
    Rejected,

    /// <summary>One value could not be read; the row still takes part with its other fields.</summary>
    FieldDropped,

    /// <summary>The whole file could not be used.</summary>
    SourceFailed,
}

/// <summary>
/// One problem found in an input file, located precisely enough to fix the export. Reasons never contain the
/// offending value: the quarantine file is read by operators, not only by analysts.
/// </summary>
public sealed record IngestIssue(string Source, string FileName, int Line, string? RecordId, string Field, IssueOutcome Outcome, string Reason)
{
    public override string ToString() => $"{FileName}:{Line}: {Field}: {Reason}";
}
