using ScanService.Match.Generic;
using ScanService.Model;

namespace ScanService.Notify;

/// <summary>A rule as the digest names it.</summary>
public sealed record RuleSummary(string Id, string Description, string Severity);

/// <summary>Everything the morning digest is built from. Holds masked details only.</summary>
public sealed record DigestInput(
    RunRecord Run,
    IReadOnlyList<StoredLinkAlert> Alerts,
    IReadOnlyDictionary<string, Investigation> Investigations,
    IReadOnlyDictionary<string, RuleSummary> Rules)
{
    /// <summary>The night's pattern and compliance alerts, and those it closed.</summary>
    public NightFindings Findings { get; init; } = NightFindings.None;

    /// <summary>Phones and premises too widely shared to link people tonight, for the analysts to review (masked).</summary>
    public IReadOnlyList<GenericValue> GenericValues { get; init; } = [];
}

/// <summary>Delivers the digest (pickup folder or SMTP). Returns where it went, for the run record.</summary>
public interface IDigestPublisher
{
    Task<string> PublishAsync(DigestInput digest, CancellationToken cancellationToken);
}
