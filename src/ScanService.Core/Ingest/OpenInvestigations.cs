using ScanService.Model;

namespace ScanService.Ingest;

/// <summary>The open investigations and their subjects: what tonight's exports are matched against.</summary>
public sealed record OpenInvestigations(
    IReadOnlyDictionary<string, Investigation> Investigations,
    IReadOnlyList<Subject> Subjects,
    IReadOnlyList<IngestIssue> Issues);

/// <summary>The investigations files could not be used; without them no scan is meaningful.</summary>
public sealed class InvestigationFilesException(string message) : Exception(message);
