using ScanService.Model;

namespace ScanService.Ingest.Acquire;

/// <summary>
/// The night's exports, ready to ingest: the folder to read, what is in it (fingerprinted), and the configured
/// sources that could not be read (missing by the deadline, still being written, or their query failed).
/// </summary>
public sealed record AcquiredNight(
    string Directory,
    IReadOnlyList<RunInput> Inputs,
    IReadOnlyList<SourceReport> NotRead,
    bool IsWorkspace);
