using ScanService.Model;

namespace ScanService.Digest.Content;

/// <summary>A stored alert with the team it belongs to, worked out once so grouping and ordering agree.</summary>
internal sealed record PlacedAlert(StoredLinkAlert Stored, string Team, Investigation? Investigation);
