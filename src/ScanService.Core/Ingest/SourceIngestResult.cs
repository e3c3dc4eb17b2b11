using ScanService.Model;

namespace ScanService.Ingest;

/// <summary>What reading one source produced: its usable records, its counts and every problem found.</summary>
public sealed record SourceIngestResult(IReadOnlyList<PersonRecord> Records, SourceReport Report, IReadOnlyList<IngestIssue> Issues);
