namespace ScanService.Pipeline;

/// <summary>One night to scan and where everything is.</summary>
public sealed record ScanRequest(
    DateOnly RunDate,
    string ExportsDirectory,
    string RulesDirectory,
    string QuarantineDirectory,
    bool ResendDigest = false);
