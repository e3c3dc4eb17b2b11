namespace ScanService.Model;

/// <summary>
/// One file a run read, as kept in <c>scan_run_inputs</c>: where it came from (a drop folder path or a query
/// source), its size and SHA-256, so every input can be traced and the night replayed from the archive.
/// </summary>
public sealed record RunInput(string FileName, string Source, string Origin, long SizeBytes, string Sha256);
