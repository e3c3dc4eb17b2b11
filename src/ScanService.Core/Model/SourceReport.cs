namespace ScanService.Model;

public enum SourceOutcome
{
    /// <summary>The file was read to the end; its rows are accepted or rejected one by one.</summary>
    Read,

    /// <summary>The file could not be read (unknown layout, bad encoding, unreadable); none of its rows were used.</summary>
    Failed,

    /// <summary>An expected source had no file tonight.</summary>
    Missing,
}

/// <summary>What happened to one source in one run. RowsRead = Accepted + Rejected, always.</summary>
public sealed record SourceReport(
    string Source,
    string FileName,
    SourceOutcome Outcome,
    int RowsRead,
    int Accepted,
    int Rejected,
    int FieldIssues,
    string? Error);
