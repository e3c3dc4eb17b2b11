using ScanService.Model;
using ScanService.Notify;

namespace ScanService.Digest.Content;

/// <summary>
/// The morning digest as the renderers see it: already grouped, ordered and capped, so the text and HTML
/// bodies cannot disagree and snapshots stay stable. Holds masked details only.
/// </summary>
internal sealed record DigestDocument(
    DateOnly RunDate,
    long RunId,
    RunStatus RunStatus,
    string? RunError,
    string RuleSetHash,
    IReadOnlyList<SourceReport> Sources,
    IReadOnlyList<DigestTeam> Teams,
    IReadOnlyList<DigestTeamCount> TeamCounts,
    DigestTotals Totals,
    int NewLinksNotShown)
{
    /// <summary>Patterns and crime recording: new, still open and closed tonight.</summary>
    public IReadOnlyList<DigestFindingSection> Findings { get; init; } = [];

    /// <summary>Sources none of whose rows were scanned tonight: what an analyst must know before trusting a quiet night.</summary>
    public IReadOnlyList<SourceReport> UnscannedSources { get; } =
        Sources.Where(s => s.Outcome is not SourceOutcome.Read).ToList();

    /// <summary>The alerts whose (masked) details the body lists: what the audit log records as sent.</summary>
    public IReadOnlyList<long> ListedAlertIds { get; } =
        Teams.SelectMany(t => t.Investigations).SelectMany(i => i.Links).Select(l => l.AlertId).ToList();
}

/// <summary>One team's new links, by investigation.</summary>
internal sealed record DigestTeam(string Name, IReadOnlyList<DigestInvestigation> Investigations);

/// <summary>
/// One investigation's new links. <see cref="Details"/> is null when the investigation was not in
/// <c>investigations.csv</c> (closed or removed since the alert was raised).
/// </summary>
internal sealed record DigestInvestigation(string Ref, Investigation? Details, IReadOnlyList<DigestLink> Links);

/// <summary>One new link as listed. <see cref="Rule"/> is null when the rule is no longer in the rule set.</summary>
internal sealed record DigestLink(long AlertId, LinkAlert Alert, RuleSummary? Rule);

/// <summary>How many links each team has tonight; repeats are only ever counted, never listed.</summary>
internal sealed record DigestTeamCount(string Team, int NewLinks, int RepeatLinks);

/// <summary><see cref="SuppressedLinks"/>: links analysts marked false positive whose evidence is unchanged; counted, never listed.</summary>
internal sealed record DigestTotals(
    int NewLinks,
    int RepeatLinks,
    int SuppressedLinks,
    int Sources,
    int SourcesNotScanned,
    int RowsRead,
    int RowsAccepted,
    int RowsRejected,
    int FieldIssues);
