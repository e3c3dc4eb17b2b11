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
    /// <summary>
    /// The night's pattern and compliance alerts, and those it closed: the first of each group and its count. The
    /// digest lists no more than its cap (<see cref="IDigestPublisher.FindingsListedPerGroup"/>) of a group, so more
    /// are not needed; fewer would leave out alerts it lists.
    /// </summary>
    public ShownFindings Findings { get; init; } = ShownFindings.None;

    /// <summary>Phones and premises too widely shared to link people tonight, for the analysts to review (masked).</summary>
    public IReadOnlyList<GenericValue> GenericValues { get; init; } = [];
}

/// <summary>Delivers the digest (pickup folder or SMTP). Returns where it went, for the run record.</summary>
public interface IDigestPublisher
{
    /// <summary>
    /// How many of each group of pattern and compliance alerts (new, still open, closed tonight) the digest lists; it
    /// counts the rest. The night reads that many of each group (see <see cref="DigestInput.Findings"/>).
    /// </summary>
    int FindingsListedPerGroup { get; }

    Task<string> PublishAsync(DigestInput digest, CancellationToken cancellationToken);
}
