namespace ScanService.Synthetic;

public sealed record NamedCount(string Name, int Count);

/// <summary>One export's rows by what they are.</summary>
/// <param name="RejectedByDesign">Rows with nothing to match on: the ingest must reject exactly these.</param>
/// <param name="JunkValueRows">Rows with one unreadable value: the ingest keeps them and reports one field issue each.</param>
public sealed record SourceSummary(string Source, int Rows, int LinkRecords, int Decoys, int BackgroundRecords, int RejectedByDesign, int JunkValueRows);

/// <summary>What a generated night holds and where it was written.</summary>
public sealed record SyntheticNightSummary
{
    public required string ExportsDirectory { get; init; }

    public required string TruthPath { get; init; }

    public required string DecoysPath { get; init; }

    public required int OpenInvestigations { get; init; }

    public required int ClosedInvestigations { get; init; }

    public required int Subjects { get; init; }

    public required int SubjectRows { get; init; }

    public required IReadOnlyList<SourceSummary> Sources { get; init; }

    /// <summary>Truth rows by link kind (person, phone, premises).</summary>
    public required IReadOnlyList<NamedCount> TruthRowsByKind { get; init; }

    /// <summary>Distinct (source, record_id, investigation_ref) pairs in the truth: what the evaluation counts.</summary>
    public required int TruthPairs { get; init; }

    public required IReadOnlyList<NamedCount> DecoysByKind { get; init; }

    /// <summary>How many true-link records received each kind of mess.</summary>
    public required IReadOnlyList<NamedCount> MessOnLinks { get; init; }

    /// <summary>CSV files already in the exports folder that this run did not write; a scan would read them too.</summary>
    public required IReadOnlyList<string> OtherFilesInExports { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public int Records => Sources.Sum(s => s.Rows);

    public int LinkRecords => Sources.Sum(s => s.LinkRecords);

    public int Decoys => Sources.Sum(s => s.Decoys);

    public int TruthRows => TruthRowsByKind.Sum(k => k.Count);

    public int RejectedByDesign => Sources.Sum(s => s.RejectedByDesign);

    public int JunkValueRows => Sources.Sum(s => s.JunkValueRows);
}
