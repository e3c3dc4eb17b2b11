using ScanService.Model;
using ScanService.Notify;

namespace ScanService.Digest.Content;

/// <summary>Turns a run's stored alerts into the grouped, ordered and capped <see cref="DigestDocument"/>.</summary>
internal sealed class DigestBuilder
{
    public const string UnknownTeam = "(unknown team)";

    private const int ShortHashLength = 12;

    private readonly int _maxLinksInBody;

    public DigestBuilder(int maxLinksInBody)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLinksInBody, 1);
        _maxLinksInBody = maxLinksInBody;
    }

    public DigestDocument Build(DigestInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var placed = input.Alerts.Select(a => Place(a, input)).ToList();
        var newLinks = placed.Where(p => p.Stored.Status == AlertStatus.New).ToList();
        var shown = FirstInOrder(newLinks, _maxLinksInBody);
        var sources = input.Run.Sources.OrderBy(s => s.Source, StringComparer.Ordinal).ToList();

        return new DigestDocument(
            RunDate: input.Run.RunDate,
            RunId: input.Run.Id,
            RunStatus: input.Run.Status,
            RunError: input.Run.Error,
            RuleSetHash: Shorten(input.Run.RuleSetHash),
            Sources: sources,
            Teams: GroupByTeam(shown, input.Rules),
            TeamCounts: CountByTeam(placed),
            Totals: Total(placed, sources),
            NewLinksNotShown: newLinks.Count - shown.Count)
        {
            Findings = [.. DigestFindingsBuilder.Build(input.Findings, input.Rules, _maxLinksInBody),
                .. DigestGenericValues.Build(input.GenericValues, _maxLinksInBody) is { } generic ? [generic] : Array.Empty<DigestFindingSection>()],
        };
    }

    /// <summary>
    /// The first <paramref name="count"/> links in digest order. A national night has hundreds of thousands of new
    /// links and the body shows a few hundred: keeping the best so far in a bounded heap looks at most links once,
    /// where sorting them all compared each about twenty times.
    /// </summary>
    private static List<PlacedAlert> FirstInOrder(List<PlacedAlert> links, int count)
    {
        if (links.Count > count)
        {
            // The heap's root is the last of the links kept so far: a link placed after it cannot be among the first.
            var kept = new PriorityQueue<PlacedAlert, PlacedAlert>(count + 1, Comparer<PlacedAlert>.Create((a, b) => PlacedAlertOrder.Instance.Compare(b, a)));
            foreach (var link in links)
            {
                if (kept.Count < count)
                {
                    kept.Enqueue(link, link);
                }
                else if (PlacedAlertOrder.Instance.Compare(link, kept.Peek()) < 0)
                {
                    kept.DequeueEnqueue(link, link);
                }
            }

            links = [.. kept.UnorderedItems.Select(item => item.Element)];
        }

        links.Sort(PlacedAlertOrder.Instance);
        return links;
    }

    private static PlacedAlert Place(StoredLinkAlert stored, DigestInput input)
    {
        input.Investigations.TryGetValue(stored.Alert.InvestigationRef, out var investigation);
        var team = string.IsNullOrWhiteSpace(investigation?.Team) ? UnknownTeam : investigation.Team.Trim();
        return new PlacedAlert(stored, team, investigation);
    }

    // The input is already in order, so grouping keeps it: teams, investigations and links need no second sort.
    private static List<DigestTeam> GroupByTeam(List<PlacedAlert> ordered, IReadOnlyDictionary<string, RuleSummary> rules) =>
        ordered
            .GroupBy(p => p.Team, StringComparer.Ordinal)
            .Select(team => new DigestTeam(
                team.Key,
                team.GroupBy(p => p.Stored.Alert.InvestigationRef, StringComparer.Ordinal)
                    .Select(inv => new DigestInvestigation(
                        inv.Key,
                        inv.First().Investigation,
                        inv.Select(p => new DigestLink(p.Stored.AlertId, p.Stored.Alert, rules.GetValueOrDefault(p.Stored.Alert.RuleId))).ToList()))
                    .ToList()))
            .ToList();

    private static List<DigestTeamCount> CountByTeam(List<PlacedAlert> placed) =>
        placed
            .GroupBy(p => p.Team, StringComparer.Ordinal)
            .Select(g => new DigestTeamCount(
                g.Key,
                g.Count(p => p.Stored.Status == AlertStatus.New),
                g.Count(p => p.Stored.Status == AlertStatus.Repeat)))
            .OrderBy(c => c.Team, TeamNameOrder.Instance)
            .ToList();

    private static DigestTotals Total(List<PlacedAlert> placed, List<SourceReport> sources) =>
        new(
            NewLinks: placed.Count(p => p.Stored.Status == AlertStatus.New),
            RepeatLinks: placed.Count(p => p.Stored.Status == AlertStatus.Repeat),
            SuppressedLinks: placed.Count(p => p.Stored.Status == AlertStatus.Suppressed),
            Sources: sources.Count,
            SourcesNotScanned: sources.Count(s => s.Outcome is not SourceOutcome.Read),
            RowsRead: sources.Sum(s => s.RowsRead),
            RowsAccepted: sources.Sum(s => s.Accepted),
            RowsRejected: sources.Sum(s => s.Rejected),
            FieldIssues: sources.Sum(s => s.FieldIssues));

    private static string Shorten(string hash) =>
        hash.Length <= ShortHashLength ? hash : hash[..ShortHashLength];
}
