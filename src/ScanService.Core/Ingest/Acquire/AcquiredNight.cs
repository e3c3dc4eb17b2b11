using ScanService.Model;

namespace ScanService.Ingest.Acquire;

/// <summary>The night's exports, ready to ingest: the folder to read, what is in it, and what never came.</summary>
public sealed record AcquiredNight(
    string Directory,
    IReadOnlyList<RunInput> Inputs,
    IReadOnlyList<SourceReport> Missing,
    bool IsWorkspace);
