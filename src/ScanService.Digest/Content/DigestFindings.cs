using System.Globalization;
using ScanService.Model;
using ScanService.Notify;

namespace ScanService.Digest.Content;

/// <summary>One pattern or compliance alert as the digest lists it: references and masked keys only.</summary>
internal sealed record DigestFinding(long AlertId, string Heading, string Rule, IReadOnlyList<DigestField> Fields);

internal sealed record DigestField(string Label, string Value);

/// <summary>New, still open, or closed tonight; beyond the digest's cap only counted (<see cref="NotShown"/>).</summary>
internal sealed record DigestFindingGroup(string Title, IReadOnlyList<DigestFinding> Findings, int NotShown = 0)
{
    public int Total => Findings.Count + NotShown;
}

/// <summary>The patterns section or the crime recording section.</summary>
internal sealed record DigestFindingSection(string Title, string Intro, IReadOnlyList<DigestFindingGroup> Groups)
{
    public int Count => Groups.Sum(g => g.Total);

    /// <summary>The export that lists everything a capped group leaves out.</summary>
    public required string ExportKind { get; init; }
}

/// <summary>
/// Turns the night's pattern and compliance alerts into the two digest sections. Each lists new alerts, alerts still
/// open from an earlier night, and those that closed tonight, so an analyst sees a crime record arrive.
/// </summary>
internal static class DigestFindingsBuilder
{
    /// <summary>
    /// Each group lists at most <paramref name="maxPerGroup"/> alerts, so a noisy rule cannot bury the links; the rest
    /// are counted. The findings may hold more of a group than that, never fewer (see <see cref="DigestInput.Findings"/>).
    /// </summary>
    public static IReadOnlyList<DigestFindingSection> Build(ShownFindings findings, IReadOnlyDictionary<string, RuleSummary> rules, int maxPerGroup) =>
    [
        new("Patterns", "Several people sharing one premises or phone within a rule's window.",
            Groups(findings.Patterns, (p, closed) => Pattern(p, closed, rules), maxPerGroup)) { ExportKind = "pattern" },
        new("Crime recording", "Referrals without the crime record that must follow them.",
            Groups(findings.Compliance, (c, closed) => Compliance(c, closed, rules), maxPerGroup)) { ExportKind = "compliance" },
    ];

    private static List<DigestFindingGroup> Groups<T>(FindingGroups<T> groups, Func<T, bool, DigestFinding> show, int max)
    {
        DigestFindingGroup Group(string title, AlertGroup<T> group, bool isClosed)
        {
            var listed = group.First.Take(max).Select(a => show(a, isClosed)).ToList();
            return new(title, listed, group.Total - listed.Count);
        }

        return
        [
            Group("New", groups.New, false),
            Group("Still open", groups.StillOpen, false),
            Group("Closed tonight", groups.ClosedTonight, true),
        ];
    }

    private static DigestFinding Pattern(StoredPatternAlert stored, bool closed, IReadOnlyDictionary<string, RuleSummary> rules)
    {
        var alert = stored.Alert;
        return new DigestFinding(
            stored.AlertId,
            string.Create(CultureInfo.InvariantCulture, $"{alert.PeopleCount} people · {alert.KeyMasked} · pattern alert {stored.AlertId}"),
            Rule(alert.RuleId, rules),
            [
                new("Members", string.Join(", ", alert.Members)),
                new("First seen", Date(stored.FirstSeenDate)),
                closed
                    ? new("Closed", "tonight fewer people than the rule needs share this value within its window")
                    : new("Explanation", alert.Explanation),
            ]);
    }

    private static DigestFinding Compliance(StoredComplianceAlert stored, bool closed, IReadOnlyDictionary<string, RuleSummary> rules)
    {
        var alert = stored.Alert;
        return new DigestFinding(
            stored.AlertId,
            $"{alert.AlertKey} · due {Date(alert.DueOn)} · compliance alert {stored.AlertId}",
            Rule(alert.RuleId, rules),
            [
                new("First seen", Date(stored.FirstSeenDate)),
                closed
                    ? new("Closed", "the record that follows it up has arrived")
                    : new("Explanation", alert.Explanation),
            ]);
    }

    private static string Rule(string id, IReadOnlyDictionary<string, RuleSummary> rules) =>
        rules.TryGetValue(id, out var rule) ? $"{rule.Id} — {rule.Description} (severity {rule.Severity})" : id;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
